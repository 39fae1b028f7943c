/**
 * 粘贴了一整篇通报时的对话框：作为通报导入（替换当前文档，或在新文档中打开），或只粘贴正文（去掉网页杂项，并说明去掉了哪些）。
 * 导入与“导入”菜单走同一条路（Worker 里的 importNotice，网页按网页读、文字按文字读），所以结构与导入同一份内容相同。
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { Notice } from '../../core/model'
import { noticeSigns } from '../../core/import/pasted-notice'
import { formatMessage } from '../../core/messages/format'
import type { Finding } from '../../core/rules/types'
import { describeError } from '../app/open-file'
import { importInWorker } from '../import/import-job'
import { Modal } from '../panels/modal'
import { type PasteOffer, pasteOffer } from './paste-offer'

interface Props {
  /** 用导入的通报替换当前文档（一步可撤销） */
  onReplace(notice: Notice): void
  /** 在新文档中打开导入的通报 */
  onNewDocument(notice: Notice, findings: Finding[]): void
}

/** 剪贴板内容 → 导入用的“文件”：网页按 .html、文字按 .txt，与导入同名扩展名的文件相同。 */
function asFile(source: PasteOffer['source']): { name: string; bytes: Uint8Array } {
  return source.kind === 'html'
    ? { name: '粘贴的网页.html', bytes: new TextEncoder().encode(source.html) }
    : { name: '粘贴的文字.txt', bytes: new TextEncoder().encode(source.text) }
}

const quote = (lines: string[]) =>
  lines
    .slice(0, 4)
    .map((l) => `“${l.length > 24 ? l.slice(0, 24) + '…' : l}”`)
    .join('、') + (lines.length > 4 ? '等' : '')

export function PasteOfferDialog({ onReplace, onNewDocument }: Props) {
  const offer = useSyncExternalStore(pasteOffer.subscribe, pasteOffer.getSnapshot)
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  // 提议属于这个文档：离开编辑界面（回开始页、打开别的文档）时作废，不带到下一个文档里。
  useEffect(() => () => pasteOffer.dismiss(), [])
  if (!offer) return null
  const close = () => {
    setError(null)
    pasteOffer.dismiss()
  }
  const importAs = async (target: 'replace' | 'new') => {
    setWorking(true)
    setError(null)
    const file = asFile(offer.source)
    try {
      const outcome = await importInWorker(file.name, file.bytes)
      if (outcome.kind === 'cancelled') return
      close()
      if (target === 'replace') onReplace(outcome.result.notice)
      else onNewDocument(outcome.result.notice, outcome.result.findings)
    } catch (e) {
      setError(describeError(e, '粘贴的内容'))
    } finally {
      setWorking(false)
    }
  }
  const signs = noticeSigns(offer.paragraphs)
  const found = [
    signs.title && '标题',
    signs.lead && '导语',
    signs.numberedParts && '编号的各部分',
    signs.contact && '联系方式',
    signs.pageNoise && '网页杂项',
  ]
    .filter(Boolean)
    .join('、')
  const { dropped } = offer.body
  return (
    <Modal title="粘贴的内容像一整篇通报" onClose={close}>
      <div className="paste-offer">
        <p>
          粘贴的 {offer.paragraphs.length} 段里有{found}。可以作为通报导入（标题、导语、条目、联系方式各归其位），或只把文字粘贴到正文。
        </p>
        {dropped.length > 0 && (
          <p className="paste-note">
            {formatMessage({ code: 'paste.noise-dropped', params: { count: dropped.length, lines: quote(dropped) } })}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" disabled={working} onClick={() => void importAs('replace')}>
          作为通报导入（替换当前文档）
        </button>
        <button type="button" disabled={working} onClick={() => void importAs('new')}>
          作为通报导入（新文档）
        </button>
        <button
          type="button"
          disabled={working}
          onClick={() => {
            const paste = offer.pasteBody
            close()
            paste()
          }}
        >
          只粘贴正文
        </button>
        <button type="button" onClick={close}>
          取消
        </button>
      </div>
    </Modal>
  )
}
