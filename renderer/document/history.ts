/**
 * 整份通报的一条撤销历史：三个部分编辑器的 Slate 操作和信息面板字段的修改记在同一个栈里，
 * 撤销按用户动作的先后进行，不论动作发生在哪个部分或面板（一次快速修复跨了几个部分也只是一步）。
 * 取代各编辑器各自的 slate-history：那样“撤销”只能撤回光标所在部分的修改，表单修改根本不能撤销。
 */
import { Editor, Operation, Path, type Range } from 'slate'
import type { Notice, SectionKey } from '../../core/model'
import type { NoticeEditor } from '../editor/custom-types'

/** 通报中不由部分编辑器承载的字段（信息、标题导语、统计、联系方式、落款……）。 */
export type Fields = Omit<Notice, SectionKey>

type Step =
  { kind: 'ops'; editor: NoticeEditor; ops: Operation[]; selectionBefore: Range | null } | { kind: 'fields'; before: Fields; after: Fields }

interface Entry {
  steps: Step[]
  /** 同一个字段的连续修改并成一步（在一个输入框里打字，撤销一次回到打字前） */
  mergeKey?: string
}

/** 撤销、重做时由历史写回字段（部分的内容由操作本身写回编辑器）。 */
export type RestoreFields = (fields: Fields) => void

/** 与 slate-history 相同的合并规则：同一处的连续输入或删除算一步。 */
function continues(op: Operation, prev: Operation | undefined): boolean {
  if (!prev) return false
  if (op.type === 'insert_text' && prev.type === 'insert_text')
    return op.offset === prev.offset + prev.text.length && Path.equals(op.path, prev.path)
  if (op.type === 'remove_text' && prev.type === 'remove_text')
    return op.offset + op.text.length === prev.offset && Path.equals(op.path, prev.path)
  return false
}

const LIMIT = 200

export class DocumentHistory {
  private undos: Entry[] = []
  private redos: Entry[] = []
  /** 正在进行的复合动作（快速修复、表单修改、结构命令）：其间的操作都记入它 */
  private open: Entry | null = null
  private replaying = false
  private lastOp: Operation | undefined

  constructor(private readonly restoreFields: RestoreFields) {}

  /** 由各编辑器的 apply 调用（见 store.ts），在操作生效之前。 */
  record(editor: NoticeEditor, op: Operation): void {
    if (this.replaying || op.type === 'set_selection') return
    this.redos = []
    const top = this.undos[this.undos.length - 1]
    let entry = this.open
    if (!entry) {
      const lastStep = top?.steps[top.steps.length - 1]
      const sameEditor = top !== undefined && top.mergeKey === undefined && lastStep?.kind === 'ops' && lastStep.editor === editor
      // 同一次修改（同一轮 Slate 刷新）中的操作，例如输入后规范化产生的操作，总是同一步。
      const sameFlush = sameEditor && this.lastOp !== undefined && editor.operations.includes(this.lastOp)
      entry = sameEditor && (sameFlush || continues(op, this.lastOp)) ? top : this.push({ steps: [] })
    }
    const last = entry.steps[entry.steps.length - 1]
    if (last?.kind === 'ops' && last.editor === editor) last.ops.push(op)
    else entry.steps.push({ kind: 'ops', editor, ops: [op], selectionBefore: editor.selection })
    this.lastOp = op
  }

  /** 一个用户动作：其间所有部分的操作和字段修改合为一步。mergeKey 相同的相邻动作并成一步。 */
  transact(fn: () => void, mergeKey?: string): void {
    if (this.open) return fn()
    const top = this.undos[this.undos.length - 1]
    const entry: Entry = mergeKey !== undefined && top?.mergeKey === mergeKey ? top : { steps: [], mergeKey }
    this.open = entry
    try {
      fn()
    } finally {
      this.open = null
      this.lastOp = undefined
    }
    if (entry !== top && entry.steps.length > 0) {
      this.push(entry)
      this.redos = []
    }
  }

  /** 记下字段的修改（在 transact 之内调用）。 */
  recordFields(before: Fields, after: Fields): void {
    const entry = this.open
    if (!entry) throw new Error('recordFields outside a transaction')
    const merged = entry.steps.find((s) => s.kind === 'fields')
    if (merged?.kind === 'fields') merged.after = after
    else entry.steps.push({ kind: 'fields', before, after })
    this.redos = []
  }

  get canUndo(): boolean {
    return this.undos.length > 0
  }

  get canRedo(): boolean {
    return this.redos.length > 0
  }

  undo(): boolean {
    const entry = this.undos.pop()
    if (!entry) return false
    this.replay(() => {
      for (const step of [...entry.steps].reverse()) {
        if (step.kind === 'fields') this.restoreFields(step.before)
        else
          Editor.withoutNormalizing(step.editor, () => {
            for (const op of step.ops.map(Operation.inverse).reverse()) step.editor.apply(op)
            if (step.selectionBefore) step.editor.select(step.selectionBefore)
          })
      }
    })
    this.redos.push(entry)
    return true
  }

  redo(): boolean {
    const entry = this.redos.pop()
    if (!entry) return false
    this.replay(() => {
      for (const step of entry.steps) {
        if (step.kind === 'fields') this.restoreFields(step.after)
        else
          Editor.withoutNormalizing(step.editor, () => {
            if (step.selectionBefore) step.editor.select(step.selectionBefore)
            for (const op of step.ops) step.editor.apply(op)
          })
      }
    })
    this.undos.push({ ...entry, mergeKey: undefined })
    return true
  }

  private replay(fn: () => void): void {
    this.replaying = true
    try {
      fn()
    } finally {
      this.replaying = false
      this.lastOp = undefined
    }
  }

  private push(entry: Entry): Entry {
    this.undos.push(entry)
    if (this.undos.length > LIMIT) this.undos.shift()
    return entry
  }
}
