/**
 * 版本：保存为版本（起名“送审稿1”“修改稿2”“签发稿”）；列出保存过的版本，可查看（只读）、与当前内容比较、
 * 恢复（可撤销）、导出以它为对照的送审稿；任选两个比较，或与上一轮的通报比较。
 */
import { useMemo, useState, useSyncExternalStore } from 'react'
import type { TongbaoHost } from '../../core/bridge/host'
import { compareNotices } from '../../core/compare/compare-notices'
import { Block, noticeBlocks } from '../../core/document/blocks'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { DocumentStore } from '../document/store'
import { useNotice } from '../document/use-document'
import { dayAndClock } from '../app/format-time'
import { describeError, openPicked } from '../app/open-file'
import { noticeFileName } from '../../core/derive/file-name'
import { Modal } from '../panels/modal'
import { CompareView } from './compare-view'
import { exportReview } from './export-review'
import type { VersionStore } from './version-store'

const CURRENT = 'current'
const PREVIOUS = 'previous'

type View = { kind: 'list' } | { kind: 'compare'; before: string; after: string } | { kind: 'read'; id: string }

interface Props {
  store: DocumentStore
  versions: VersionStore
  host: TongbaoHost
  onClose(): void
}

export function VersionsDialog({ store, versions, host, onClose }: Props) {
  const project = useSyncExternalStore(versions.subscribe, versions.get)
  const notice = useNotice()
  const [name, setName] = useState('')
  const [view, setView] = useState<View>({ kind: 'list' })
  const [message, setMessage] = useState<string | null>(null)
  /** 送审稿里是否把检查面板中的发现写成批注 */
  const [withComments, setWithComments] = useState(false)
  /** 与之比较的上一轮通报（从文件打开） */
  const [previous, setPrevious] = useState<{ name: string; notice: Notice } | null>(null)

  const sources = useMemo(() => {
    const list: { id: string; label: string; notice: Notice }[] = project.versions.map((v) => ({
      id: v.id,
      label: v.name,
      notice: v.notice,
    }))
    if (previous) list.push({ id: PREVIOUS, label: `上一轮：${previous.name}`, notice: previous.notice })
    list.push({ id: CURRENT, label: '当前内容', notice })
    return list
  }, [project, previous, notice])
  const source = (id: string) => sources.find((s) => s.id === id) ?? sources[sources.length - 1]!

  const saveVersion = () => {
    const v = versions.save(store.flush(), name.trim() || `版本${project.versions.length + 1}`)
    setName('')
    setMessage(`已保存为版本“${v.name}”。保存工程文件时一并写入。`)
  }

  const pickPrevious = async () => {
    const picked = await host.pickFile('previous-round')
    if (!picked.ok) return setMessage(formatMessage(picked))
    if (!picked.file) return
    const outcome = await openPicked(picked.file)
    if (outcome.kind === 'error') return setMessage(outcome.message)
    if (outcome.kind === 'cancelled') return
    setPrevious({ name: picked.file.ref.name, notice: outcome.opened.notice })
    setView({ kind: 'compare', before: PREVIOUS, after: CURRENT })
  }

  const review = async (id: string) => {
    const base = project.versions.find((v) => v.id === id)!
    const current = store.flush()
    try {
      const comments = withComments ? (store.check(current) ?? []) : []
      const result = await exportReview(
        host,
        versions,
        current,
        base,
        noticeFileName(current, 'docx', `（送审稿，对照${base.name}）`),
        comments,
      )
      if (!result.ok) setMessage(formatMessage(result))
      else if (result.kind === 'saved') setMessage(`已导出送审稿“${result.ref.name}”：相对“${base.name}”的改动标为修订。`)
    } catch (e) {
      setMessage(describeError(e, base.name))
    }
  }

  return (
    <Modal title="版本" onClose={onClose} wide>
      <div className="versions">
        <form
          className="versions-save"
          onSubmit={(e) => {
            e.preventDefault()
            saveVersion()
          }}
        >
          <label htmlFor="version-name">版本名称</label>
          <input
            id="version-name"
            value={name}
            placeholder={`如：送审稿${project.versions.length + 1}、修改稿、签发稿`}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">保存为版本</button>
          <button type="button" onClick={() => void pickPrevious()}>
            与上一轮比较…
          </button>
          <label className="versions-comments">
            <input type="checkbox" checked={withComments} onChange={(e) => setWithComments(e.target.checked)} />
            送审稿附上检查发现（作为批注）
          </label>
        </form>
        {message && (
          <p className="versions-message" role="status">
            {message}
          </p>
        )}
        {project.versions.length === 0 ? (
          <p className="versions-empty">还没有保存过版本。送审前先“保存为版本”，下一轮修改后就能比较、导出带修订的送审稿。</p>
        ) : (
          <table className="versions-list" aria-label="保存的版本">
            <thead>
              <tr>
                <th>版本</th>
                <th>保存时间</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {[...project.versions].reverse().map((v) => (
                <tr key={v.id}>
                  <td>
                    {v.name}
                    {v.auto && <span className="versions-auto">（导出时自动保存）</span>}
                  </td>
                  <td>{dayAndClock(v.savedAt)}</td>
                  <td className="versions-actions">
                    <button type="button" onClick={() => setView({ kind: 'read', id: v.id })} aria-label={`查看 ${v.name}`}>
                      查看
                    </button>
                    <button
                      type="button"
                      onClick={() => setView({ kind: 'compare', before: v.id, after: CURRENT })}
                      aria-label={`与当前比较（${v.name}）`}
                    >
                      与当前比较
                    </button>
                    <button
                      type="button"
                      aria-label={`恢复为 ${v.name}`}
                      onClick={() => {
                        store.replace(v.notice)
                        setMessage(`已恢复为“${v.name}”。可以撤销（Ctrl+Z）。`)
                      }}
                    >
                      恢复
                    </button>
                    <button type="button" onClick={() => void review(v.id)} aria-label={`导出送审稿（对照 ${v.name}）`}>
                      导出送审稿
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view.kind === 'compare' && (
          <>
            <div className="versions-pick" role="group" aria-label="比较哪两个">
              <SourcePick label="较早" sources={sources} value={view.before} onChange={(before) => setView({ ...view, before })} />
              <SourcePick label="较新" sources={sources} value={view.after} onChange={(after) => setView({ ...view, after })} />
            </div>
            <CompareView
              comparison={compareNotices(source(view.before).notice, source(view.after).notice)}
              before={source(view.before).label}
              after={source(view.after).label}
            />
          </>
        )}
        {view.kind === 'read' && <ReadOnly label={source(view.id).label} notice={source(view.id).notice} />}
      </div>
    </Modal>
  )
}

/** 只读查看一个版本：全文，不能编辑（要改就先“恢复”）。 */
function ReadOnly({ label, notice }: { label: string; notice: Notice }) {
  return (
    <section className="versions-read" aria-label={`版本“${label}”（只读）`}>
      <h3>{label}（只读）</h3>
      {noticeBlocks(notice).map((b, i) => (
        <p key={i} className={`versions-read-${b.kind}`}>
          {Block.text(b)}
        </p>
      ))}
    </section>
  )
}

/** 比较的一边：从当前内容、各版本与上一轮中选一个。 */
function SourcePick(props: {
  label: string
  sources: readonly { id: string; label: string }[]
  value: string
  onChange(id: string): void
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  )
}
