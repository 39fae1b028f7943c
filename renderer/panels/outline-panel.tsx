/** 大纲面板：各部分的条目树，带状态标记；点击跳转，拖动或“上移/下移”调整顺序（编号随之变化）。 */
import { type DragEvent, useState } from 'react'
import { Transforms } from 'slate'
import type { ItemStatus, Notice, SectionKey } from '../../core/model'
import { progressSentence } from '../../core/derive/progress'
import type { Editors } from '../app/editors'
import { jumpToEditor } from '../app/jump'
import { SECTION_LABEL } from '../app/section-names'
import { moveItem, moveItemBefore } from '../editor/commands'
import { ROLE_LABEL, STATUSES } from '../editor/elements'
import { outlineEntries, type OutlineEntry } from './outline-entries'

interface Props {
  notice: Notice
  editors: Editors
  /** 结构改动后立即同步（不等输入的防抖） */
  onStructureChange(): void
}

const DRAG_TYPE = 'application/x-tongbao-item'

export function OutlinePanel({ notice, editors, onStructureChange }: Props) {
  const entries = outlineEntries(notice)
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const move = (e: OutlineEntry, direction: -1 | 1) => {
    const to = moveItem(editors[e.section], e.index, direction)
    if (to >= 0) onStructureChange()
  }
  const setStatus = (e: OutlineEntry, status: ItemStatus | null) => {
    Transforms.setNodes(editors[e.section], { status }, { at: [e.index] })
    onStructureChange()
  }
  const onDrop = (ev: DragEvent, target: OutlineEntry) => {
    ev.preventDefault()
    setDropTarget(null)
    const raw = ev.dataTransfer.getData(DRAG_TYPE)
    if (!raw) return
    const src = JSON.parse(raw) as { section: SectionKey; index: number }
    if (src.section !== target.section) return
    if (moveItemBefore(editors[src.section], src.index, target.index)) onStructureChange()
  }
  const sections = (['organization', 'rectification', 'nextSteps'] as SectionKey[]).filter((s) => notice.parts.includes(s))
  return (
    <nav className="panel outline" aria-label="大纲">
      <h2 className="panel-title">大纲</h2>
      <p className="progress-sentence">{progressSentence(notice)}</p>
      {sections.map((section) => {
        const list = entries.filter((e) => e.section === section)
        return (
          <section key={section} aria-label={`大纲：${SECTION_LABEL[section]}`}>
            <h3>{SECTION_LABEL[section]}</h3>
            {list.length === 0 ? (
              <p className="muted">（无条目）</p>
            ) : (
              <ul className="outline-list">
                {list.map((e) => {
                  const name = `${e.marker}${e.title || '（无标题）'}`
                  return (
                    <li
                      key={e.id}
                      className={`outline-entry depth-${Math.min(e.depth, 4)}${dropTarget === e.id ? ' drop-target' : ''}`}
                      draggable
                      onDragStart={(ev) => {
                        ev.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ section: e.section, index: e.index }))
                        ev.dataTransfer.effectAllowed = 'move'
                      }}
                      onDragOver={(ev) => {
                        if (ev.dataTransfer.types.includes(DRAG_TYPE)) {
                          ev.preventDefault()
                          setDropTarget(e.id)
                        }
                      }}
                      onDragLeave={() => setDropTarget(null)}
                      onDrop={(ev) => onDrop(ev, e)}
                    >
                      <button type="button" className="outline-jump" onClick={() => jumpToEditor(editors, e.section, e.index)} title={`${ROLE_LABEL[e.role]}：${name}`}>
                        <span className="outline-text">{name}</span>
                      </button>
                      {e.role === 'problem' && (
                        <select
                          className={`badge status-${e.status ?? 'none'}`}
                          aria-label={`整改状态：${name}`}
                          value={e.status ?? ''}
                          onChange={(ev) => setStatus(e, (ev.target.value || null) as ItemStatus | null)}
                        >
                          <option value="">未填</option>
                          {STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {s}
                            </option>
                          ))}
                        </select>
                      )}
                      <span className="outline-move">
                        <button type="button" aria-label={`上移：${name}`} title="上移" onClick={() => move(e, -1)}>
                          ↑
                        </button>
                        <button type="button" aria-label={`下移：${name}`} title="下移" onClick={() => move(e, 1)}>
                          ↓
                        </button>
                      </span>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        )
      })}
    </nav>
  )
}
