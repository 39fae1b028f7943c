/**
 * 大纲面板：各部分的条目树，带状态；点击跳转，拖动或“上移/下移”调整顺序（编号随之变化），可直接改问题的整改状态。
 * 状态下拉框和上移、下移按钮只在指向或聚焦一行时出现（app.css）。
 */
import { type DragEvent, memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { ItemStatus, SectionKey } from '../../core/model'
import { type ProgressMemo, progressSentence } from '../../core/derive/progress'
import { jumpToEditor } from '../app/jump'
import { SECTION_LABEL } from '../app/section-names'
import { indexOfItem } from '../editor/commands'
import { useDocumentStore, useNotice } from '../document/use-document'
import { NO_STATUS, ROLE_LABEL, STATUSES } from '../editor/elements'
import { outlineEntries, type OutlineEntry } from './outline-entries'

const DRAG_TYPE = 'application/x-tongbao-item'
/** 进度句每次同步重数：按条目数组缓存，只重数改动处到根的一条路径（见 ProgressMemo）。 */
const progressMemo: ProgressMemo = new WeakMap()
/** 长大纲按块排版：屏幕外的块跳过排版、绘制和命中测试（见 app.css 的 .outline-list）。 */
const CHUNK = 80
/** 一行大纲的大约高度（px）：还没画出的块按它占位，滚动条的长短与画出后相近 */
const ROW_HEIGHT = 25
/** 块离大纲的可见部分这么近时画出它（px） */
const DRAW_AHEAD = '600px'
/** 一个部分的条目超过这么多行才按需画出；实际的通报（几十到一百来行）总是全部画出，读屏也能读到每一行 */
const DRAW_ALL_UP_TO = 4 * CHUNK

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK))
  return out
}

interface RowActions {
  jump(e: OutlineEntry): void
  move(e: OutlineEntry, direction: -1 | 1): void
  setStatus(e: OutlineEntry, status: ItemStatus | null): void
  /** 确认续报沿用的状态（不改状态本身） */
  confirm(e: OutlineEntry): void
  drop(src: { section: SectionKey; id: string }, target: OutlineEntry): void
}

const sameEntry = (a: OutlineEntry, b: OutlineEntry) =>
  a.section === b.section &&
  a.index === b.index &&
  a.id === b.id &&
  a.depth === b.depth &&
  a.marker === b.marker &&
  a.title === b.title &&
  a.role === b.role &&
  a.status === b.status &&
  a.pending === b.pending

/** 一行大纲；备忘化，使长文档里同步一次只重绘变了的行。 */
const OutlineRow = memo(
  function OutlineRow({ entry: e, actions }: { entry: OutlineEntry; actions: RowActions }) {
    const [over, setOver] = useState(false)
    const name = `${e.marker}${e.title}`
    const onDrop = (ev: DragEvent) => {
      ev.preventDefault()
      setOver(false)
      const raw = ev.dataTransfer.getData(DRAG_TYPE)
      if (raw) actions.drop(JSON.parse(raw) as { section: SectionKey; id: string }, e)
    }
    return (
      <li
        className={`outline-entry depth-${Math.min(e.depth, 4)}${over ? ' drop-target' : ''}${e.pending ? ' pending' : ''}`}
        draggable
        onDragStart={(ev) => {
          ev.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ section: e.section, id: e.id }))
          ev.dataTransfer.effectAllowed = 'move'
        }}
        onDragOver={(ev) => {
          if (ev.dataTransfer.types.includes(DRAG_TYPE)) {
            ev.preventDefault()
            setOver(true)
          }
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <button type="button" className="outline-jump" onClick={() => actions.jump(e)} title={`${ROLE_LABEL[e.role]}：${name}`}>
          <span className="outline-text">{name}</span>
        </button>
        {e.role === 'problem' && (
          <>
            {/* 平时只显示状态文字；指向或聚焦这一行时换成下拉框（见 app.css 的 .outline-entry） */}
            <span className={`badge status-text status-${e.status ?? 'none'}`}>{e.status ?? NO_STATUS}</span>
            <select
              className={`badge status-${e.status ?? 'none'}`}
              aria-label={`整改状态：${name}`}
              value={e.status ?? ''}
              onChange={(ev) => actions.setStatus(e, (ev.target.value || null) as ItemStatus | null)}
            >
              <option value="">{NO_STATUS}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </>
        )}
        {e.pending && (
          <button
            type="button"
            className="pending-badge"
            aria-label={`待确认：确认沿用的状态（${name}）`}
            title="状态沿用自上一份通报：点此确认，或改选状态"
            onClick={() => actions.confirm(e)}
          >
            待确认
          </button>
        )}
        <span className="outline-move">
          <button type="button" aria-label={`上移：${name}`} title="上移" onClick={() => actions.move(e, -1)}>
            ↑
          </button>
          <button type="button" aria-label={`下移：${name}`} title="下移" onClick={() => actions.move(e, 1)}>
            ↓
          </button>
        </span>
      </li>
    )
  },
  (a, b) => a.actions === b.actions && sameEntry(a.entry, b.entry),
)

interface ChunkProps {
  entries: OutlineEntry[]
  actions: RowActions
  lazy: boolean
}

/**
 * 一块大纲行：长大纲（见 DRAW_ALL_UP_TO）里离可见部分近了才画出，画出后一直留着。50 万字的通报有约 4000 行（带状态下拉框），
 * 打开后全部画出要在后台做约 2 秒、多占约 8 MB，其间的垃圾回收是打字时最长的任务；大多数行用户从不滚到。
 * 不支持 IntersectionObserver 的环境全部画出。
 */
const OutlineChunk = memo(function OutlineChunk({ entries, actions, lazy }: ChunkProps) {
  const ref = useRef<HTMLUListElement>(null)
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined')
  const drawn = seen || !lazy
  useEffect(() => {
    const list = ref.current
    if (drawn || !list) return
    const observer = new IntersectionObserver((changes) => changes.some((e) => e.isIntersecting) && setSeen(true), {
      root: list.closest('.outline'),
      rootMargin: DRAW_AHEAD,
    })
    observer.observe(list)
    return () => observer.disconnect()
  }, [drawn])
  if (!drawn) return <ul ref={ref} className="outline-list" aria-hidden="true" style={{ height: entries.length * ROW_HEIGHT }} />
  return (
    <ul ref={ref} className="outline-list">
      {entries.map((e) => (
        <OutlineRow key={e.id} entry={e} actions={actions} />
      ))}
    </ul>
  )
}, sameChunk)

/** 块里的行对象一个不差（outline-entries.ts 按方面缓存行对象）：同步后只重绘光标所在的那一块。 */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  return (
    a.actions === b.actions && a.lazy === b.lazy && a.entries.length === b.entries.length && a.entries.every((e, i) => e === b.entries[i])
  )
}

/** 条目按标识找（大纲的通报可能比正在输入的编辑器晚一次同步，下标会过时）；修改都经 store，可撤销。 */
export function OutlinePanel() {
  const store = useDocumentStore()
  // 大纲在后台重绘（React 分片进行、随时让给输入）：打开文档时先画出纸面，同步后也不与按键抢同一帧。
  const notice = useDeferredValue(useNotice(), null)
  const entries = useMemo(() => (notice === null ? [] : outlineEntries(notice)), [notice])
  const actions = useMemo<RowActions>(
    () => ({
      jump: (e) => jumpToEditor(store.editors, e.section, indexOfItem(store.editors[e.section], e.id)),
      move: (e, direction) => void store.moveItem(e.section, e.id, direction),
      // 改选状态即确认（去掉续报沿用的待确认标记）
      setStatus: (e, status) => store.setItem(e.section, e.id, { status, statusPending: undefined }),
      confirm: (e) => store.setItem(e.section, e.id, { statusPending: undefined }),
      drop: (src, target) => {
        if (src.section === target.section) store.moveItemBefore(src.section, src.id, target.id)
      },
    }),
    [store],
  )
  if (notice === null)
    return (
      <nav className="panel outline" aria-label="大纲">
        <h2 className="panel-title">大纲</h2>
      </nav>
    )
  const sections = (['organization', 'rectification', 'nextSteps'] as SectionKey[]).filter((s) => notice.parts.includes(s))
  return (
    <nav className="panel outline" aria-label="大纲">
      <h2 className="panel-title">大纲</h2>
      <p className="progress-sentence">{progressSentence(notice, progressMemo)}</p>
      {sections.map((section) => {
        const list = entries.filter((e) => e.section === section)
        return (
          <section key={section} aria-label={`大纲：${SECTION_LABEL[section]}`}>
            <h3>{SECTION_LABEL[section]}</h3>
            {list.length === 0 ? (
              <p className="muted">（无条目）</p>
            ) : (
              // 按块的序号作键：条目增删使块的边界移动时，已画出的块保持画出
              chunks(list).map((chunk, i) => <OutlineChunk key={i} entries={chunk} actions={actions} lazy={list.length > DRAW_ALL_UP_TO} />)
            )}
          </section>
        )
      })}
    </nav>
  )
}
