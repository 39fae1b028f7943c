/**
 * 联系方式字段的修改写进手写的联系方式段落：改一个号码，段落里的那个号码跟着改，原文其余措辞不动。
 *
 * 表单（store.update）和快速修复（applyFix）改联系方式字段后都经过这里，所以“改了字段、导出没变”
 * 不会悄悄发生。写不进去的修改（段落里找不到原来的值、字段整个重排……）不动段落，
 * 由 TB060（手写段落与字段一致）在那个字段上报告，并给出“改为按表单生成”。
 */
import type { Contact, Notice } from '../model/notice'
import { RichText } from '../model/rich-text'
import { CHANNEL_LABEL, channelPhrase } from './contact-text'

type Edit = { start: number; end: number; text: string }

const ASCII_WORD = /[A-Za-z0-9]/

/** value 在 text 中从 from 起的第一次完整出现（数字、字母不与前后相连：“8800123”不算“0577-88001234”的一部分）。 */
function find(text: string, value: string, from: number): number {
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? ''
    const after = text[at + value.length] ?? ''
    const clean =
      !(ASCII_WORD.test(value[0]!) && ASCII_WORD.test(before)) && !(ASCII_WORD.test(value[value.length - 1]!) && ASCII_WORD.test(after))
    if (clean) return at
  }
  return -1
}

/** 各值在段落中的位置（按顺序找）；有一个找不到就是 null。 */
function locate(text: string, values: string[]): number[] | null {
  const out: number[] = []
  let from = 0
  for (const v of values) {
    const at = v === '' ? -1 : find(text, v, from)
    if (at < 0) return null
    out.push(at)
    from = at + v.length
  }
  return out
}

const isSubsequence = (short: string[], long: string[]) => {
  let i = 0
  for (const v of long) if (i < short.length && v === short[i]) i++
  return i === short.length
}

const SEPARATOR = /[；;，,]/

/** 新渠道加在最后一段的句末之前：“……；邮编：325000。” */
function addChannel(text: string, phrase: string): Edit {
  const end = text.replace(/[。.\s]+$/, '').length
  return { start: end, end, text: `；${phrase}` }
}

/** 去掉一个渠道的整个分句（“联系电话：…”连同一个分隔符）；分句从上一个分隔符或句号之后算起。 */
function removeChannel(text: string, start: number, end: number): Edit | null {
  let from = start
  while (from > 0 && !SEPARATOR.test(text[from - 1]!) && !/[。\n]/.test(text[from - 1]!)) from--
  if (SEPARATOR.test(text[end] ?? '')) return { start: from, end: end + 1, text: '' }
  if (from > 0 && SEPARATOR.test(text[from - 1]!)) return { start: from - 1, end, text: '' }
  return null
}

/** 一个多值渠道从 old 改为 next 时对段落的修改；写不进去时为 null。 */
function valueEdits(text: string, old: string[], next: string[], label: string): Edit[] | null {
  if (old.length === 0) return next.length ? [addChannel(text, channelPhrase(label, next))] : []
  const at = locate(text, old)
  if (!at) return null
  const last = at.length - 1
  if (next.length === old.length) {
    return old.flatMap((v, i) => (v === next[i] ? [] : [{ start: at[i]!, end: at[i]! + v.length, text: next[i]! }]))
  }
  if (next.length > old.length && old.every((v, i) => v === next[i])) {
    const end = at[last]! + old[last]!.length
    return [
      {
        start: end,
        end,
        text: next
          .slice(old.length)
          .map((v) => `、${v}`)
          .join(''),
      },
    ]
  }
  if (next.length < old.length && isSubsequence(next, old)) {
    if (next.length === 0) {
      const edit = removeChannel(text, at[0]!, at[last]! + old[last]!.length)
      return edit ? [edit] : null
    }
    const edits: Edit[] = []
    let j = 0
    old.forEach((v, i) => {
      if (j < next.length && next[j] === v) return void j++
      const start = at[i]!
      const end = start + v.length
      // 连同一个顿号：前面有就去掉前面的，否则去掉后面的。
      if (text[start - 1] === '、') edits.push({ start: start - 1, end, text: '' })
      else if (text[end] === '、') edits.push({ start, end: end + 1, text: '' })
      else edits.push({ start, end, text: '' })
    })
    return edits
  }
  return null
}

/** 地址（信息面板只编辑第一个）：值、类别各自写进段落。 */
function addressEdits(text: string, old: Contact['addresses'], next: Contact['addresses']): Edit[] | null {
  if (old.length === 0) return next.map((a) => addChannel(text, channelPhrase(a.label, [a.value])))
  if (old.length !== next.length) {
    if (next.length === 0 && old.length === 1) {
      const at = locate(text, [old[0]!.value])
      const edit = at && removeChannel(text, at[0]!, at[0]! + old[0]!.value.length)
      return edit ? [edit] : null
    }
    return null
  }
  const at = locate(
    text,
    old.map((a) => a.value),
  )
  if (!at) return null
  const edits: Edit[] = []
  for (let i = 0; i < old.length; i++) {
    const o = old[i]!
    const n = next[i]!
    if (o.value !== n.value) edits.push({ start: at[i]!, end: at[i]! + o.value.length, text: n.value })
    if (o.label !== n.label) {
      // 类别写在值的前面，中间至多一个冒号和空白：“邮政信箱：…”“邮政信箱…”。
      const head = /[:：]?\s*$/.exec(text.slice(0, at[i]!))!
      const labelStart = head.index - o.label.length
      if (labelStart < 0 || text.slice(labelStart, head.index) !== o.label) return null
      edits.push({ start: labelStart, end: head.index, text: n.label })
    }
  }
  return edits
}

function apply(text: string, edits: Edit[]): string | null {
  const sorted = [...edits].sort((a, b) => b.start - a.start)
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.end > sorted[i - 1]!.start) return null
  return sorted.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text)
}

/**
 * before → after 之间联系方式字段的修改写进 after 的手写联系方式段落。段落本身也在这一步里被改了
 * （用户在改段落、或切换手写），或段落带有加粗倾斜（按纯文字改写会丢样式）时不动它。
 * 返回新的通报；写不进去时原样返回 after（由 TB060 报告）。
 */
export function carryIntoHandWritten(before: Notice, after: Notice): Notice {
  const old = before.contact
  const next = after.contact
  const override = next.override
  if (old === next || override === null || old.override !== override) return after
  if (override.some((p) => p.children.length > 1 || p.children.some((r) => r.bold || r.italic))) return after
  const text = RichText.text(override)
  const edits: Edit[] = []
  for (const key of ['phones', 'postcodes', 'emails', 'websites'] as const) {
    if (old[key] === next[key]) continue
    const more = valueEdits(text, old[key], next[key], CHANNEL_LABEL[key])
    if (!more) return after
    edits.push(...more)
  }
  if (old.addresses !== next.addresses) {
    const more = addressEdits(text, old.addresses, next.addresses)
    if (!more) return after
    edits.push(...more)
  }
  // 同时新增几个渠道时都插在句末同一处：按渠道顺序排好，合成一处插入。
  const merged = edits.reduce<Edit[]>((acc, e) => {
    const same = acc.find((x) => x.start === e.start && x.end === e.end && x.start === x.end)
    if (same && e.start === e.end) same.text += e.text
    else acc.push({ ...e })
    return acc
  }, [])
  const written = apply(text, merged)
  if (written === null || written === text) return after
  return { ...after, contact: { ...next, override: RichText.of(...written.split('\n')) } }
}
