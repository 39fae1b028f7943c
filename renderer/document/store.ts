/**
 * 一份打开的通报的唯一写入者：它拥有通报、三个部分编辑器及两者的同步、整份文档的撤销历史和检查结果。
 * 输入、表单、快速修复、结构命令、大纲调整、条目字段都经由它修改；组件用 useSyncExternalStore 订阅所显示的部分。
 */
import { type Notice, type RichText, SECTION_KEYS, type SectionKey } from '../../core/model'
import { carryIntoHandWritten } from '../../core/derive/carry-into-hand-written'
import { applyFix, createValidator, fixAll, isSafeFix } from '../../core/rules'
import type { Finding, Fix } from '../../core/rules/types'
import { indexOfItem, moveItem, moveItemBefore, setItemProps, type StructureAction, structureCommand } from '../editor/commands'
import type { ItemElement, NoticeEditor } from '../editor/custom-types'
import { refreshedBoilerplate } from './boilerplate'
import { CurrentItemStore } from './current-item'
import { createEditors, type Editors, primeSync, syncEditorsFrom, withSections } from './editors'
import { DocumentHistory, type Fields } from './history'

const SYNC_DELAY_MS = 300
/** 连续输入时也至少每隔这么久合并一次，大纲、检查和自动保存不会因为一直在打字而停下。 */
const SYNC_MAX_WAIT_MS = 3000
/** 空闲时检查的每一片至多这么久：用户这时按键，等不过一帧的一半。 */
const CHECK_SLICE_MS = 8

/** 有输入事件在排队（Chromium 的 navigator.scheduling.isInputPending；别的环境不知道，当作没有） */
function inputPending(): boolean {
  if (typeof navigator === 'undefined') return false
  const scheduling = (navigator as { scheduling?: { isInputPending?(): boolean } }).scheduling
  return scheduling?.isInputPending?.() ?? false
}

function fieldsOf(n: Notice): Fields {
  const { organization: _o, rectification: _r, nextSteps: _n, ...fields } = n
  return fields
}

/** 两份字段之间改动了的路径（至多三层），用作撤销合并的键：在同一个输入框里连续打字只算一步。 */
function changedPaths(a: unknown, b: unknown, prefix = '', depth = 3): string[] {
  if (a === b) return []
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b))
    return [prefix]
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].flatMap((k) =>
    changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${prefix}/${k}`, depth - 1),
  )
}

export class DocumentStore {
  readonly editors: Editors
  /** 光标所在的条目（信息面板的“当前条目”） */
  readonly currentItem: CurrentItemStore
  private notice: Notice
  private readonly history: DocumentHistory
  private readonly listeners = new Set<() => void>()
  private readonly editListeners = new Set<() => void>()
  private syncTimer: ReturnType<typeof setTimeout> | undefined
  // 从打开时算起：打开后的第一次按键不立即同步（否则像是已经连续输入了很久）
  private lastSync = Date.now()
  /** 最近编辑或放过光标的部分：工具栏的结构按钮作用于它 */
  private lastEditor: NoticeEditor
  private readonly validator = createValidator()
  private checked: { notice: Notice; findings: Finding[] | null } | null = null
  /** 界面显示的检查结果（见 getShownFindings）与排着的空闲检查 */
  private shown: { notice: Notice; findings: Finding[] | null } | undefined
  private queuedCheck: (() => void) | null = null
  /** 合并进来的审阅稿批注（#18），与检查结果一并列出。 */
  private reviewFindings: Finding[] = []

  /** importFindings：导入时的修复与存疑，与规则的检查结果一并列出。 */
  constructor(
    notice: Notice,
    private readonly importFindings: Finding[] = [],
  ) {
    this.notice = notice
    this.editors = createEditors(notice)
    this.history = new DocumentHistory((fields) => this.setNotice({ ...this.notice, ...fields }))
    for (const key of SECTION_KEYS) this.attach(this.editors[key])
    this.lastEditor = this.editors.rectification
    this.currentItem = new CurrentItemStore(this.editors)
    this.queueCheck()
    // 打开后空闲时把编辑器与通报对上：第一次输入同步不必整部分转换（editors.ts 的 primeSync）。
    const prime = () => primeSync(this.notice, this.editors)
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prime)
    else setTimeout(prime, 0)
  }

  /** 编辑器的每个操作先记入整份文档的历史；撤销、重做由这里统一处理（Slate 的 Ctrl+Z 调用 editor.undo）。 */
  private attach(editor: NoticeEditor): void {
    const { apply, onChange } = editor
    editor.apply = (op) => {
      this.history.record(editor, op)
      apply(op)
    }
    editor.onChange = (options) => {
      onChange(options)
      if (editor.selection) this.lastEditor = editor
      if (editor.operations.some((op) => op.type !== 'set_selection')) this.sectionEdited()
    }
    editor.undo = () => void this.undo()
    editor.redo = () => void this.redo()
  }

  /** 开始跟随光标所在的条目；返回停止的函数（在 effect 里调用，StrictMode 下可反复接上）。 */
  connect(): () => void {
    const off = this.currentItem.connect()
    this.queueCheck()
    return () => {
      off()
      clearTimeout(this.syncTimer)
      this.queuedCheck?.()
      this.queuedCheck = null
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** 每次修改文档（含尚未合进通报的输入）时通知：保存状态据此变为“未保存”。 */
  readonly subscribeEdits = (listener: () => void): (() => void) => {
    this.editListeners.add(listener)
    return () => void this.editListeners.delete(listener)
  }

  /** 当前的通报（输入的防抖同步之后；要最新内容时用 flush）。 */
  readonly getNotice = (): Notice => this.notice

  /** 当前通报的检查结果（导入时的发现在前）；null 表示规则本身出错、暂时无法检查。 */
  readonly getFindings = (): Finding[] | null => {
    if (this.checked?.notice !== this.notice) this.checked = { notice: this.notice, findings: this.check(this.notice) }
    return this.checked.findings
  }

  /**
   * 界面显示的检查结果：通报变了之后在空闲时重算，打开文档、输入后的同步都不必在同一帧里等校验；
   * 其间显示上一次的结果。undefined：还没有检查过（刚打开）。要当前内容的结果时用 getFindings。
   */
  readonly getShownFindings = (): Finding[] | null | undefined => this.shown?.findings

  /**
   * 空闲时检查：先分片预热增量校验的缓存（每片至多 CHECK_SLICE_MS，长文档打开后的第一次校验也不成长任务），
   * 预热完了再取结果（此时只剩命中缓存）并通知订阅者。
   */
  private queueCheck(): void {
    if (this.queuedCheck || this.shown?.notice === this.notice) return
    const run = (idle?: IdleDeadline) => {
      this.queuedCheck = null
      // 空闲期里：做到空闲期或一片的时间用完，或有按键等着处理为止（按键不排在检查后面）。
      // 一直在打字、等到了超时：照常做一片，检查不会无限推迟。
      const inIdle = idle !== undefined && !idle.didTimeout
      const until = performance.now() + (inIdle ? Math.min(CHECK_SLICE_MS, idle.timeRemaining()) : CHECK_SLICE_MS)
      let warmed = true
      try {
        warmed = this.validator.warm(this.notice, {}, () => performance.now() < until && !(inIdle && inputPending()))
      } catch {
        // 规则出错：交给 getFindings 报告“暂时无法检查”
      }
      if (!warmed) return this.queueCheck()
      this.shown = { notice: this.notice, findings: this.getFindings() }
      for (const l of this.listeners) l()
    }
    if (typeof requestIdleCallback === 'function') {
      // 一直有输入时也不无限推迟：至多等这么久。
      const handle = requestIdleCallback(run, { timeout: 500 })
      this.queuedCheck = () => cancelIdleCallback(handle)
    } else {
      const handle = setTimeout(run, 0)
      this.queuedCheck = () => clearTimeout(handle)
    }
  }

  private offersFix(fix: Fix): boolean {
    const key = JSON.stringify(fix)
    return (this.getFindings() ?? []).some(
      (f) => (f.fix && JSON.stringify(f.fix) === key) || f.suggestions?.some((s) => JSON.stringify(s) === key),
    )
  }

  /** 按给定内容检查（导出前，不等订阅者重绘）。 */
  check(notice: Notice): Finding[] | null {
    try {
      return [...this.importFindings, ...this.reviewFindings, ...this.validator.validate(notice)]
    } catch {
      return null
    }
  }

  /** 把编辑器内容立即合进通报（保存、导出前；输入时防抖）。 */
  flush(): Notice {
    clearTimeout(this.syncTimer)
    this.lastSync = Date.now()
    this.setNotice(withSections(this.notice, this.editors))
    return this.notice
  }

  /** 表单修改：一个用户动作，可撤销；同一字段的连续修改并成一步。模板套话随信息更新。 */
  update(fn: (n: Notice) => Notice): void {
    const before = this.flush()
    let next = fn(before)
    if (next === before) return
    // 联系方式字段的修改写进手写段落（写不进的由 TB060 在字段上报告）：表单的修改不会悄悄不生效。
    next = carryIntoHandWritten(before, next)
    const refreshed = refreshedBoilerplate(before, next)
    for (const [key, paragraphs] of Object.entries(refreshed) as [SectionKey, RichText][])
      next = { ...next, [key]: { ...next[key], paragraphs } }
    const key = changedPaths(fieldsOf(before), fieldsOf(next)).join(' ')
    this.history.transact(() => this.commit(before, next), `fields:${key}`)
  }

  /** 整份换成另一份通报（恢复为某个版本）：一个用户动作，撤销一次全部回去。 */
  replace(next: Notice): void {
    const before = this.flush()
    if (next !== before) this.history.transact(() => this.commit(before, next))
  }

  /**
   * 快速修复：不论改了几个部分，撤销一次全部回去。
   * 面板上的结果在空闲时才重算，可能比通报晚一步：只应用当前内容的检查结果里仍有的修复，
   * 连点两下、或点了已改过的那一条，不会把修改再做一次、改到别处。
   */
  applyFix(fix: Fix): void {
    const before = this.flush()
    if (!this.offersFix(fix)) return
    const next = applyFix(before, fix)
    if (next !== before) this.history.transact(() => this.commit(before, next))
  }

  /** 合并审阅稿（#18）：合并后的通报是一步可撤销的修改；审阅稿的批注从此列在检查结果里。 */
  mergeReview(next: Notice, comments: Finding[]): void {
    const before = this.flush()
    this.reviewFindings = comments
    this.checked = null
    this.shown = undefined
    this.queueCheck()
    if (next !== before) this.history.transact(() => this.commit(before, next))
    else for (const l of this.listeners) l()
  }

  /**
   * 成批修正（检查面板的“全部改正”与“一键修正”，issue #10）：只修可安全修正的结果（RuleMeta.safeFix），
   * 给了 rule 时只修这一条规则的；反复校验到没有可修的为止。不论改了多少处、跨了几个部分，撤销一次全部回去。
   */
  fixSafe(rule?: string): boolean {
    const before = this.flush()
    const next = fixAll(before, { select: (f) => isSafeFix(f) && (rule === undefined || f.rule === rule) })
    if (next === before) return false
    this.history.transact(() => this.commit(before, next))
    return true
  }

  /** 在一个部分编辑器上执行编辑命令（结构按钮、大纲调整、条目字段），作为一步可撤销的修改，并立即同步。 */
  edit<T>(section: SectionKey, command: (editor: NoticeEditor) => T, mergeKey?: string): T {
    let out: T | undefined
    this.history.transact(() => {
      out = command(this.editors[section])
    }, mergeKey)
    this.flush()
    return out as T
  }

  setItem(section: SectionKey, id: string, props: Partial<ItemElement>): void {
    this.edit(section, (e) => setItemProps(e, id, props), `item:${id}:${Object.keys(props).join()}`)
  }

  /** 上移/下移一个条目；返回它的新下标，不能移动时为 -1。 */
  moveItem(section: SectionKey, id: string, direction: -1 | 1): number {
    return this.edit(section, (e) => {
      const index = indexOfItem(e, id)
      return index < 0 ? -1 : moveItem(e, index, direction)
    })
  }

  /** 拖放：把条目（连同下级）放到同一部分中另一条目之前。 */
  moveItemBefore(section: SectionKey, id: string, targetId: string): void {
    this.edit(section, (e) => {
      const from = indexOfItem(e, id)
      const target = indexOfItem(e, targetId)
      if (from >= 0 && target >= 0) moveItemBefore(e, from, target)
    })
  }

  /** 结构命令（工具栏按钮）作用于最近编辑的部分（或给定的部分）中光标所在处；返回需要跳到的位置（上移、下移后）。 */
  structure(action: StructureAction, section = this.lastEditor.sectionKey): { section: SectionKey; index: number } | null {
    const index = this.edit(section, (e) => structureCommand(e, action))
    return index === null ? null : { section, index }
  }

  get focusedEditor(): NoticeEditor {
    return this.lastEditor
  }

  undo(): boolean {
    const done = this.history.undo()
    if (done) this.edited()
    return done
  }

  redo(): boolean {
    const done = this.history.redo()
    if (done) this.edited()
    return done
  }

  /** 在事务中：字段写进通报，部分的变化写回编辑器（编辑器的操作随之记入同一步）。 */
  private commit(before: Notice, next: Notice): void {
    const fieldsBefore = fieldsOf(before)
    const fieldsAfter = fieldsOf(next)
    if (changedPaths(fieldsBefore, fieldsAfter).length > 0) this.history.recordFields(fieldsBefore, fieldsAfter)
    syncEditorsFrom(next, this.editors)
    this.setNotice(next)
    this.edited()
  }

  private edited(): void {
    this.flush()
    for (const l of this.editListeners) l()
  }

  private sectionEdited(): void {
    for (const l of this.editListeners) l()
    this.scheduleSync()
  }

  /** 防抖的同步：停手 SYNC_DELAY_MS 后，或连续输入满 SYNC_MAX_WAIT_MS 时。 */
  private scheduleSync(): void {
    clearTimeout(this.syncTimer)
    const overdue = Date.now() - this.lastSync > SYNC_MAX_WAIT_MS
    this.syncTimer = setTimeout(
      () => {
        // 计时到了而正有按键在排队：先让按键处理（它会重新计时；不是修改的输入也在这里重新计时）
        if (!overdue && inputPending()) this.scheduleSync()
        else this.flush()
      },
      overdue ? 0 : SYNC_DELAY_MS,
    )
  }

  private setNotice(next: Notice): void {
    if (next === this.notice) return
    this.notice = next
    this.queueCheck()
    for (const l of this.listeners) l()
  }
}
