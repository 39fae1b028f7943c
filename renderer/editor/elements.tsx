/** 编辑器中各元素的呈现：部分标题、条目（序号来自 MarkerStore，即 core/document/numbering.ts 的推导）、正文段落。 */
import { type ChangeEvent, useCallback, useSyncExternalStore } from 'react'
import { Node } from 'slate'
import { type RenderElementProps, type RenderLeafProps, useSlateStatic } from 'slate-react'
import { useDocumentStore } from '../document/use-document'
import type { ItemRole, ItemStatus } from '../../core/model'
import { roleProps } from './commands'
import type { ItemElement, NoticeEditor, SectionHeadingElement } from './custom-types'
import { PendingStatus } from './pending-status'
import { PreviousRound } from './previous-round'

export const ROLE_LABEL: Record<ItemRole, string> = { aspect: '方面', problem: '问题', measure: '措施' }
export const STATUSES: ItemStatus[] = ['已完成', '基本完成', '持续推进']
/** 还没有整改状态的问题在标签与下拉框里的叫法 */
export const NO_STATUS = '未填'

const ITEM_PLACEHOLDER: Record<ItemRole, string> = {
  aspect: '方面标题，如：关于贯彻落实党中央决策部署方面',
  problem: '问题标题（按反馈原话），如：理论学习不够深入的问题',
  measure: '措施小标题，如：健全学习制度。',
}

/** “与正文同段”的说明（悬停提示与读屏描述）：勾选与否的差别在印出来的样子上。 */
const RUN_IN_HINT = '勾选：标题句与正文排在同一段，如“1.压实责任。”后面直接接正文；不勾选：标题单独成一行，正文另起一段。'

const short = (s: string) => (s.length > 16 ? s.slice(0, 16) + '…' : s) || '（无标题）'

function ItemLine({ attributes, children, element }: RenderElementProps & { element: ItemElement }) {
  const editor = useSlateStatic() as NoticeEditor
  // 类别和状态的下拉框只在光标所在的条目上出现：大文档里几千个下拉框会拖慢每一次按键。
  // 其余条目显示同样信息的小标签；键盘用户在大纲面板中改状态。
  const selected = useSyncExternalStore(
    useCallback((cb: () => void) => editor.activeItem.subscribe(element.id, cb), [editor, element.id]),
    () => editor.activeItem.is(element.id),
  )
  const title = Node.string(element)
  const marker = useSyncExternalStore(
    useCallback((cb: () => void) => editor.markers.subscribe(element.id, cb), [editor, element.id]),
    () => editor.markers.get(element.id),
  )
  const store = useDocumentStore()
  const set = (props: Partial<ItemElement>) => store.setItem(editor.sectionKey, element.id, props)
  const onRole = (e: ChangeEvent<HTMLSelectElement>) => {
    set(roleProps(element, e.target.value as ItemRole))
  }
  // 改选状态即确认（续报沿用的待确认标记随之去掉）
  const onStatus = (e: ChangeEvent<HTMLSelectElement>) =>
    set({ status: (e.target.value || null) as ItemStatus | null, statusPending: undefined })
  return (
    <div
      {...attributes}
      className={`item role-${element.role}${element.runIn ? ' run-in' : ''}`}
      data-depth={Math.min(element.depth, 5)}
      data-unnumbered={element.unnumbered ? '' : undefined}
      data-item-id={element.id}
    >
      {selected ? (
        <span contentEditable={false} className="item-tools">
          <select
            aria-label={`条目类别：${short(title)}`}
            title="条目类别：方面、问题或措施（决定编号的层级和字体）"
            value={element.role}
            onChange={onRole}
          >
            {(Object.keys(ROLE_LABEL) as ItemRole[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          {element.role === 'problem' && (
            <select
              aria-label={`整改状态：${short(title)}`}
              title="整改状态：计入“已完成整改X个”等进度"
              value={element.status ?? ''}
              onChange={onStatus}
              className={`status status-${element.status ?? 'none'}`}
            >
              <option value="">{NO_STATUS}状态</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
          <PendingStatus element={element} withButton />
          <label className="run-in-toggle" title={RUN_IN_HINT}>
            <input
              type="checkbox"
              checked={element.runIn}
              onChange={(e) => set({ runIn: e.target.checked })}
              aria-describedby={`run-in-hint-${element.id}`}
            />
            与正文同段
          </label>
          <span id={`run-in-hint-${element.id}`} className="visually-hidden">
            {RUN_IN_HINT}
          </span>
        </span>
      ) : element.runIn ? null : (
        <span
          contentEditable={false}
          className={`item-tag status-${element.role === 'problem' ? (element.status ?? 'none') : 'role'}`}
          aria-hidden="true"
        >
          {ROLE_LABEL[element.role]}
          {element.role === 'problem' ? `·${element.status ?? NO_STATUS}` : ''}
          {element.statusPending ? '·待确认' : ''}
        </span>
      )}
      {!selected && element.runIn && <PendingStatus element={element} withButton={false} />}
      <span contentEditable={false} className="marker">
        {marker}
      </span>
      <span className="item-title">
        {/* 与正文同段的条目可以没有标题句（如“（1）出台……”只有正文）：光标不在其中时不提示；有正文时也不（paper.css） */}
        {title === '' && (!element.runIn || selected) && (
          <span contentEditable={false} className="placeholder" aria-hidden="true">
            {ITEM_PLACEHOLDER[element.role]}
          </span>
        )}
        {children}
      </span>
      {element.reference && <PreviousRound id={element.id} reference={element.reference} />}
    </div>
  )
}

function SectionHeading({
  attributes,
  children,
  element,
  marker,
  label,
  example,
}: RenderElementProps & { element: SectionHeadingElement; marker: string; label: string; example: string }) {
  const empty = Node.string(element) === ''
  return (
    <div {...attributes} className={`section-heading${empty ? ' empty' : ''}`}>
      <span contentEditable={false} className="section-label" aria-hidden="true">
        {label}
      </span>
      {marker !== '' && (
        <span contentEditable={false} className="section-marker">
          {marker}
        </span>
      )}
      {empty && (
        <span contentEditable={false} className="placeholder" aria-hidden="true">
          本部分标题（可不写），如：{example}
        </span>
      )}
      {children}
    </div>
  )
}

/** headingExample：本部分标题的示例（取自模板，见 core/template/examples.ts） */
export function makeRenderElement(sectionLabel: string, sectionMarker: string, headingExample: string) {
  return function renderElement(props: RenderElementProps) {
    const { element, attributes, children } = props
    switch (element.type) {
      case 'section-heading':
        return <SectionHeading {...props} element={element} marker={sectionMarker} label={sectionLabel} example={headingExample} />
      case 'item':
        return <ItemLine {...props} element={element} />
      default:
        return (
          <p {...attributes} className={element.type === 'item-body' ? 'body' : 'para'}>
            {children}
          </p>
        )
    }
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children
  if (leaf.bold) out = <strong>{out}</strong>
  if (leaf.italic) out = <em>{out}</em>
  return <span {...attributes}>{out}</span>
}
