// 应用修复：纯函数，返回新的通报，原通报不变。
import { carryIntoHandWritten } from '../derive/carry-into-hand-written'
import { getAtPath, type Path } from '../model/item'
import { type Notice, NoticeSchema } from '../model/notice'
import type { Paragraph, TextRun } from '../model/rich-text'
import type { Finding, Fix } from './types'

/** 沿路径复制并替换一个值（结构共享：路径之外的对象原样保留）。 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const [key, ...rest] = path as [string | number, ...Path]
  if (Array.isArray(root)) {
    const copy = [...root]
    copy[key as number] = setAt(root[key as number], rest, value)
    return copy
  }
  const obj = (root ?? {}) as Record<string | number, unknown>
  return { ...obj, [key]: setAt(obj[key], rest, value) }
}

function isParagraph(v: unknown): v is Paragraph {
  return typeof v === 'object' && v !== null && (v as Paragraph).type === 'paragraph' && Array.isArray((v as Paragraph).children)
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** 在各 run 相连的文字中把 [start, end) 换成 text，保留其余文字的样式；新文字取起点所在 run 的样式。 */
export function spliceRuns(runs: TextRun[], start: number, end: number, text: string): TextRun[] {
  const out: TextRun[] = []
  let pos = 0
  let inserted = false
  runs.forEach((run, i) => {
    const a = pos
    const b = pos + run.text.length
    pos = b
    const ownsStart = !inserted && start >= a && (start < b || i === runs.length - 1)
    if (!ownsStart && (b <= start || a >= end)) {
      out.push(run)
      return
    }
    const head = run.text.slice(0, clamp(start - a, 0, run.text.length))
    const tail = run.text.slice(clamp(end - a, 0, run.text.length))
    if (ownsStart) inserted = true
    out.push({ ...run, text: head + (ownsStart ? text : '') + tail })
  })
  const kept = out.filter((r) => r.text !== '')
  return kept.length ? kept : [{ ...(runs[0] ?? { text: '' }), text: '' }]
}

function replaceIn(target: unknown, range: [number, number] | undefined, text: string): unknown {
  if (typeof target === 'string') return range ? target.slice(0, range[0]) + text + target.slice(range[1]) : text
  if (isParagraph(target)) {
    const len = target.children.reduce((n, r) => n + r.text.length, 0)
    const [a, b] = range ?? [0, len]
    return { ...target, children: spliceRuns(target.children, a, b, text) }
  }
  return target
}

/**
 * 应用一项修复（或候选修改）。路径已失效或修复后的通报不再合法时，原样返回。
 * 只有 set-value 可能写入不合模型的值，才整篇核对一次；改文字和删数组项不会破坏模型（段落至少留一个 run），
 * 省下的核对让大通报的“全部修复”不至于逐项重验整篇。
 */
export function applyFix(notice: Notice, fix: Fix): Notice {
  // 改了联系方式字段的修复（如 TB011 把“—”改为“-”），同时改进手写的联系方式段落。
  return carryIntoHandWritten(notice, applyOne(notice, fix))
}

function applyOne(notice: Notice, fix: Fix): Notice {
  if (fix.kind === 'set-value') {
    const next = setAt(notice, fix.path, fix.value)
    return NoticeSchema.safeParse(next).success ? (next as Notice) : notice
  }
  if (fix.kind === 'remove-item') {
    const parentPath = fix.path.slice(0, -1)
    const index = fix.path[fix.path.length - 1]
    const siblings = getAtPath(notice, parentPath)
    if (!Array.isArray(siblings) || typeof index !== 'number' || index >= siblings.length) return notice
    return setAt(
      notice,
      parentPath,
      siblings.filter((_, i) => i !== index),
    ) as Notice
  }
  const target = getAtPath(notice, fix.at.path)
  if (typeof target !== 'string' && !isParagraph(target)) return notice
  return setAt(notice, fix.at.path, replaceIn(target, fix.at.range, fix.text)) as Notice
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

const fixPath = (f: Fix): Path => (f.kind === 'replace-text' ? f.at.path : f.path)

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => k === path[i])
}

/**
 * 一次应用多项修复（“全部修复”的一轮）：同一段文字中的范围修改从后往前应用，互相重叠的只取第一项；
 * 整段替换和结构性修改是按修改前的内容算出的，若其范围内已有文字被改过就留到下一轮（重新校验后再算）。
 */
export function applyFixes(notice: Notice, findings: Finding[]): Notice {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []))
  const ranged = fixes.filter((f): f is Extract<Fix, { kind: 'replace-text' }> => f.kind === 'replace-text' && f.at.range !== undefined)
  const rangedSet = new Set<Fix>(ranged)
  const others = fixes.filter((f) => !rangedSet.has(f))
  const byPath = new Map<string, typeof ranged>()
  for (const f of ranged) {
    const key = JSON.stringify(f.at.path)
    byPath.set(key, [...(byPath.get(key) ?? []), f])
  }
  let out = notice
  const touched: Path[] = []
  for (const group of byPath.values()) {
    group.sort((a, b) => b.at.range![0] - a.at.range![0])
    let floor = Infinity
    for (const f of group) {
      if (f.at.range![1] > floor) continue
      out = applyFix(out, f)
      floor = f.at.range![0]
    }
    touched.push(group[0]!.at.path)
  }
  // 删除数组项从后往前，前面的下标才不会移动
  const removals = others.filter((f) => f.kind === 'remove-item').sort((a, b) => comparePaths(b.path, a.path))
  for (const f of [...others.filter((f) => f.kind !== 'remove-item'), ...removals]) {
    const path = fixPath(f)
    if (touched.some((t) => isPrefix(path, t) || isPrefix(t, path))) continue
    out = applyFix(out, f)
    touched.push(path)
  }
  return out
}
