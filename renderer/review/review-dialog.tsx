/**
 * 导入审阅稿（#18）：读选好的 .docx，对回打开的通报，按条目列出每处改动（种类、修订人、改前改后），逐条或全部接受、拒绝；
 * “合并”把接受的改动作为一步可撤销的修改写进通报，审阅稿的批注列入“检查”。不是这份通报的审阅稿时只说明，不改任何东西。
 */
import { useMemo, useState } from 'react'
import type { PickedFile } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import { isTongbaoError } from '../../core/messages/tongbao-error'
import type { Notice } from '../../core/model'
import type { ProjectVersions } from '../../core/project/versions'
import type { Finding } from '../../core/rules/types'
import type { LocatedComment, ReviewResult } from '../../core/review/index'
import { Modal } from '../panels/modal'
import type { ReviewModule } from './use-review-import'

interface Props {
  /** core/review（按需载入） */
  review: ReviewModule
  file: PickedFile
  /** 打开的通报（读审阅稿时的内容） */
  notice: Notice
  /** 打开的工程的标识与版本 */
  project: ProjectVersions
  /** 合并：合并后的通报与要列入检查的批注 */
  onMerge(merged: Notice, comments: Finding[], skipped: number): void
  onClose(): void
}

type Outcome = { kind: 'ok'; result: ReviewResult } | { kind: 'error'; message: string }

function read(
  { readReviewedDocx, reviewBase, reviewChanges }: ReviewModule,
  file: PickedFile,
  notice: Notice,
  project: ProjectVersions,
): Outcome {
  try {
    // 以送审稿导出时的版本为对照（未留修订痕迹的改动因此找得到），并核对文档编号：别的工程的审阅稿不合并。
    const doc = readReviewedDocx(file.bytes)
    return { kind: 'ok', result: reviewChanges(notice, doc, reviewBase(project, doc.properties)) }
  } catch (e) {
    if (isTongbaoError(e)) return { kind: 'error', message: e.message }
    return { kind: 'error', message: formatMessage({ code: 'import.docx-damaged' }) }
  }
}

/** 批注 → 检查面板的一条（提示级），定位到合并后通报中的那一段。 */
export function commentFindings({ targetPath }: ReviewModule, merged: Notice, comments: LocatedComment[]): Finding[] {
  return comments.map((c) => ({
    rule: '审阅稿',
    severity: 'info',
    message: formatMessage({ code: 'review.comment', params: { author: c.author || '（未署名）', text: c.text } }),
    location: { path: (c.target && targetPath(merged, c.target)) ?? ['title'] },
  }))
}

export function ReviewDialog({ review, file, notice, project, onMerge, onClose }: Props) {
  const outcome = useMemo(() => read(review, file, notice, project), [review, file, notice, project])
  const result = outcome.kind === 'ok' ? outcome.result : null
  const groups = useMemo(() => (result ? review.describeChanges(notice, result) : []), [review, notice, result])
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set())
  const title = `导入审阅稿：${file.ref.name}`

  if (outcome.kind === 'error') {
    return (
      <Modal title={title} onClose={onClose}>
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
        <footer className="modal-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </footer>
      </Modal>
    )
  }
  const r = outcome.result
  const accepted = r.changes.filter((c) => !rejected.has(c.id))
  const toggle = (id: string, reject: boolean) =>
    setRejected((s) => {
      const next = new Set(s)
      if (reject) next.add(id)
      else next.delete(id)
      return next
    })
  const merge = () => {
    const { notice: merged, skipped } = review.applyReviewChanges(notice, r, new Set(accepted.map((c) => c.id)))
    onMerge(merged, commentFindings(review, merged, r.comments), skipped.length)
  }

  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="review">
        <p className="review-summary">
          共 {r.changes.length} 处改动、{r.comments.length} 条批注；已接受 {accepted.length} 处。批注合并后列在“检查”中。
        </p>
        <div className="review-all" role="group" aria-label="全部">
          <button type="button" onClick={() => setRejected(new Set())}>
            全部接受
          </button>
          <button type="button" onClick={() => setRejected(new Set(r.changes.map((c) => c.id)))}>
            全部拒绝
          </button>
        </div>
        {r.changes.length === 0 && <p>审阅稿与通报一致，没有改动。</p>}
        {groups.map((g) => (
          <section key={g.itemId ?? g.label} className="review-group" aria-label={g.label}>
            <h3>{g.label}</h3>
            <ul>
              {g.changes.map((c) => {
                const isRejected = rejected.has(c.id)
                return (
                  <li key={c.id} className={`review-change${isRejected ? ' rejected' : ''}`} aria-label={`${c.kind}：${g.label}`}>
                    <div className="review-change-head">
                      <strong>{c.kind}</strong> <span className="review-by">{c.by}</span>
                      <span className="review-choice" role="group" aria-label="接受或拒绝">
                        <button type="button" aria-pressed={!isRejected} onClick={() => toggle(c.id, false)}>
                          接受
                        </button>
                        <button type="button" aria-pressed={isRejected} onClick={() => toggle(c.id, true)}>
                          拒绝
                        </button>
                      </span>
                    </div>
                    {c.diff ? (
                      <p className="review-text">
                        {c.diff.head}
                        {c.diff.removed && <del>{c.diff.removed}</del>}
                        {c.diff.added && <ins>{c.diff.added}</ins>}
                        {c.diff.tail}
                      </p>
                    ) : c.before === c.after ? (
                      <p className="review-text">{c.after}</p>
                    ) : (
                      <p className="review-text">
                        {c.before && <del>{c.before}</del>}
                        {c.after && <ins>{c.after}</ins>}
                      </p>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
        {r.comments.length > 0 && (
          <section className="review-group" aria-label="批注">
            <h3>批注</h3>
            <ul>
              {r.comments.map((c) => (
                <li key={c.id} className="review-comment">
                  <strong>{c.author || '（未署名）'}</strong>：{c.text}
                  <span className="review-quote">（{c.quote.length > 24 ? `${c.quote.slice(0, 24)}…` : c.quote}）</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {r.unplaced.length > 0 && (
          <section className="review-group" aria-label="对不回通报的段落">
            <h3>对不回通报的段落（不合并）</h3>
            <ul>
              {r.unplaced.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <footer className="modal-actions">
        <button type="button" className="primary" onClick={merge} disabled={accepted.length === 0 && r.comments.length === 0}>
          合并所选改动（{accepted.length} 处）
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </footer>
    </Modal>
  )
}
