/** 保存工程文件时的文件名对话框（浏览器宿主；桌面版用系统的保存对话框）。建议名由通报标题推导，可改。 */
import { useState, useSyncExternalStore } from 'react'
import { saveNameRequest, type SaveNameRequest } from '../host/save-name-request'
import { Modal } from './modal'

export function SaveNameDialog() {
  const request = useSyncExternalStore(saveNameRequest.subscribe, saveNameRequest.getSnapshot)
  // 每个请求一个新的对话框（key），输入框从建议名开始
  return request && <NameForm key={request.id} request={request} />
}

function NameForm({ request }: { request: SaveNameRequest }) {
  const [name, setName] = useState(request.suggested)
  const cancel = () => saveNameRequest.answer(null)
  return (
    <Modal title={request.saveAs ? '另存为' : '保存整改通报'} onClose={cancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim()) saveNameRequest.answer(name.trim())
        }}
      >
        <div className="field">
          <label htmlFor="save-name">文件名</label>
          <input
            id="save-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            onFocus={(e) => e.target.select()}
            aria-describedby="save-name-hint"
          />
          <p id="save-name-hint" className="field-hint">
            按通报标题命名；保存后在浏览器的下载中。
          </p>
        </div>
        <div className="modal-actions">
          <button type="button" onClick={cancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            保存
          </button>
        </div>
      </form>
    </Modal>
  )
}
