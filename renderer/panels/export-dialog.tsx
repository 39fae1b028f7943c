/** 导出对话框：Word 或 OFD（字体方案、红头、版记）或网页（整页/片段）；生成时显示进度，完成后可打开所在文件夹。 */
import { useState } from 'react'
import { formatMessage } from '../../core/messages/format'
import { noticeFileName } from '../../core/derive/file-name'
import { noticeTitle } from '../../core/derive/title'
import { layoutNotice } from '../../core/layout'
import { printHtml } from '../../core/layout/print-html'
import type { Notice } from '../../core/model'
import type { TongbaoHost } from '../../core/bridge/host'
import { resolveBanji, resolveRedhead, signOffOf } from '../../core/export/options'
import type { SignOff } from '../../core/model/notice'
import type { Finding } from '../../core/rules/types'
import { buildDocx, buildHtml, buildOfd, type DocxProfile } from '../app/core-services'
import { Modal } from './modal'
import { splitValues } from './split-values'
import { CheckField } from './check-field'
import { DateInput } from './date-input'
import { exportQuestion } from './export-question'

/** 导出的去处：Word/网页文件，或签发稿的 PDF（与页面预览同一份版式）。 */
type Target = 'file' | 'pdf'
type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm'; question: string; target: Target }
  | { kind: 'working' }
  | { kind: 'done'; name: string; path: string | null }
  | { kind: 'printing' }
  | { kind: 'error'; message: string }

const PROFILE_LABEL: Record<DocxProfile, string> = {
  gb2312: '仿宋_GB2312 等（多数党政机关）',
  gbk: '方正 GBK 字体（部分省份要求）',
  windows: 'Windows 自带字体（仿宋、楷体、黑体）',
}

interface Props {
  kind: 'docx' | 'html' | 'ofd'
  /** 最新的通报（先把编辑器内容合进来） */
  notice: () => Notice
  /** 打开对话框时的通报：签发稿设置由它预填，红头、版记的默认值由它推导 */
  current: Notice
  /** 签发稿设置写回通报（经文档的修改路径，随工程保存） */
  onSignOff(signOff: SignOff): void
  /** 当前的检查结果；null 表示规则出错、无从判断（不拦导出） */
  check: (n: Notice) => Finding[] | null
  host: TongbaoHost
  onClose(): void
  /** “返回检查”：关掉对话框，打开检查面板 */
  onReview(): void
}

export function ExportDialog({ kind, notice, current, onSignOff, check, host, onClose, onReview }: Props) {
  // 签发稿设置：空着的字段为 null，按发文机关推导（占位文字显示推导值），从不把推导值存回通报。
  const [signOff, setSignOff] = useState<SignOff>(() => signOffOf(current))
  const set = (patch: Partial<SignOff>) => setSignOff((s) => ({ ...s, ...patch }))
  /** 红头、版记的勾选框：勾上才出现（并导出）各自的栏目。 */
  const toggle = (field: 'redhead' | 'banji') => ({
    id: `export-${field}`,
    checked: signOff[field],
    onChange: (on: boolean) => set({ [field]: on }),
  })
  /** 可空的签发信息栏：清空（或只有空白）即不填，导出时用推导的值。 */
  const optionalText = (field: 'docNumber' | 'printer' | 'signer') => ({
    value: signOff[field] ?? '',
    onChange: (v: string) => set({ [field]: v.trim() || null }),
  })
  const derivedRedhead = resolveRedhead({ ...current, signOff: undefined })
  const derivedBanji = resolveBanji({ ...current, signOff: undefined })
  const profile = signOff.profile ?? 'gb2312'
  const [ccDraft, setCcDraft] = useState(() => signOff.cc.join('、'))
  const [marksDraft, setMarksDraft] = useState(() => signOff.orgMarks.join('、'))
  const [fragment, setFragment] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })

  /** 对话框里的签发稿设置（Word 与 PDF 都按它排，导出时写回通报）。 */
  const settings = (): SignOff => ({ ...signOff, cc: splitValues(ccDraft), orgMarks: splitValues(marksDraft) })

  // issue #5 第 4 点：警告照常导出；有错误时先问一句，用户确认后照样写出文件。
  const run = async (confirmed: boolean, target: Target = 'file') => {
    const n = notice()
    if (!confirmed) {
      const question = exportQuestion(check(n))
      if (question) return setPhase({ kind: 'confirm', question: question.text, target })
    }
    setPhase({ kind: 'working' })
    try {
      if (target === 'pdf') {
        // PDF 是签发稿按 core/layout 排好的页（与页面预览、Word 同一份版式），由宿主打印。
        const withSettings = { ...n, signOff: settings() }
        onSignOff(withSettings.signOff)
        const result = await host.savePdf(printHtml(layoutNotice(withSettings), noticeTitle(withSettings)), noticeFileName(n, 'pdf'))
        if (!result.ok) setPhase({ kind: 'error', message: formatMessage(result) })
        else if (result.kind === 'saved') setPhase({ kind: 'done', name: result.ref.name, path: result.ref.path })
        else setPhase({ kind: result.kind === 'printing' ? 'printing' : 'idle' })
        return
      }
      let bytes: Uint8Array
      let name: string
      if (kind === 'docx' || kind === 'ofd') {
        // OFD 与 Word 是同一份签发稿：同样的设置，同一份版式（core/layout）。
        const signOffNow = settings()
        onSignOff(signOffNow)
        bytes = await (kind === 'docx' ? buildDocx : buildOfd)({ ...n, signOff: signOffNow })
        name = noticeFileName(n, kind)
      } else {
        bytes = new TextEncoder().encode(await buildHtml(n, fragment))
        name = noticeFileName(n, fragment ? 'fragment.html' : 'html')
      }
      const result = await host.saveExport(bytes, name, kind === 'html' ? (fragment ? 'fragment' : 'html') : kind)
      if (!result.ok) setPhase({ kind: 'error', message: formatMessage(result) })
      else if (result.kind === 'saved') setPhase({ kind: 'done', name: result.ref.name, path: result.ref.path })
      else setPhase({ kind: 'idle' })
    } catch {
      setPhase({ kind: 'error', message: '导出失败：生成文件时出错。请先在“检查”面板中处理错误后再试。' })
    }
  }

  const title = kind === 'docx' ? '导出 Word 文档' : kind === 'ofd' ? '导出 OFD 版式文档' : '导出网页'
  return (
    <Modal title={title} onClose={onClose}>
      {kind !== 'html' ? (
        <>
          <fieldset>
            <legend>字体方案</legend>
            {(Object.keys(PROFILE_LABEL) as DocxProfile[]).map((p) => (
              <div key={p} className="field check">
                <input
                  id={`profile-${p}`}
                  type="radio"
                  name="profile"
                  checked={profile === p}
                  onChange={() => set({ profile: p === 'gb2312' ? null : p })}
                />
                <label htmlFor={`profile-${p}`}>{PROFILE_LABEL[p]}</label>
              </div>
            ))}
          </fieldset>
          <CheckField label="加红头（发文机关标志和发文字号；对外公开版一般不加）" {...toggle('redhead')}>
            <TextField
              id="export-org-mark"
              label="发文机关标志"
              value={marksDraft}
              placeholder={derivedRedhead.orgMarks.join('、')}
              onChange={setMarksDraft}
            />
            <TextField id="export-doc-number" label="发文字号" placeholder={derivedRedhead.docNumber} {...optionalText('docNumber')} />
            <div className="field">
              <label htmlFor="export-signer">签发人</label>
              <input
                id="export-signer"
                type="text"
                value={optionalText('signer').value}
                onChange={(e) => optionalText('signer').onChange(e.target.value)}
                aria-describedby="export-signer-hint"
              />
              <small id="export-signer-hint" className="muted">
                上报的公文填写；填写后发文字号居左、签发人居右，排在同一行
              </small>
            </div>
          </CheckField>
          <CheckField label="加版记（抄送、印发机关、印发日期；内部签发稿用，对外公开版不加）" {...toggle('banji')}>
            <TextField id="export-cc" label="抄送" value={ccDraft} placeholder="多个机关用顿号分开；不抄送可不填" onChange={setCcDraft} />
            <TextField id="export-printer" label="印发机关" placeholder={derivedBanji.printer} {...optionalText('printer')} />
            <div className="field">
              <label htmlFor="export-print-date">印发日期</label>
              <DateInput id="export-print-date" value={signOff.printDate} onChange={(v) => set({ printDate: v })} />
              <small className="muted">不填时同成文日期，没有成文日期时为导出当天</small>
            </div>
          </CheckField>
        </>
      ) : (
        <fieldset>
          <legend>网页形式</legend>
          <div className="field check">
            <input id="html-page" type="radio" name="html-kind" checked={!fragment} onChange={() => setFragment(false)} />
            <label htmlFor="html-page">完整网页（可直接打开、打印）</label>
          </div>
          <div className="field check">
            <input id="html-fragment" type="radio" name="html-kind" checked={fragment} onChange={() => setFragment(true)} />
            <label htmlFor="html-fragment">正文片段（粘贴到网站后台）</label>
          </div>
        </fieldset>
      )}
      <div className="modal-actions">
        {phase.kind === 'working' && (
          <span className="working" role="status">
            <progress aria-label="正在生成" /> 正在生成…
          </span>
        )}
        {phase.kind === 'done' && (
          <span role="status" className="done">
            已导出：{phase.name}
            {host.platform === 'electron' && phase.path && (
              <button type="button" onClick={() => void host.revealInFolder(phase.path!)}>
                打开所在文件夹
              </button>
            )}
          </span>
        )}
        {phase.kind === 'printing' && (
          <span role="status" className="done">
            已打开打印对话框：目标选“另存为 PDF”即可保存。
          </span>
        )}
        {phase.kind === 'confirm' && (
          <div role="alertdialog" aria-label="确认导出" aria-describedby="export-confirm-text" className="confirm">
            <p id="export-confirm-text">{phase.question}</p>
            <button type="button" className="primary" onClick={() => void run(true, phase.target)}>
              仍要导出
            </button>
            <button type="button" onClick={onReview} autoFocus>
              返回检查
            </button>
          </div>
        )}
        {phase.kind === 'error' && (
          <span role="alert" className="field-error">
            {phase.message}
          </span>
        )}
        {phase.kind !== 'confirm' && (
          <>
            <button type="button" className="primary" disabled={phase.kind === 'working'} onClick={() => void run(false)}>
              导出
            </button>
            {kind === 'docx' && (
              <button type="button" disabled={phase.kind === 'working'} onClick={() => void run(false, 'pdf')}>
                导出 PDF
              </button>
            )}
            <button type="button" onClick={onClose}>
              {phase.kind === 'done' ? '完成' : '取消'}
            </button>
          </>
        )}
      </div>
    </Modal>
  )
}

/** 对话框里的一个单行文字栏：标签在上。 */
function TextField(props: { id: string; label: string; value: string; placeholder?: string; onChange(value: string): void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}
