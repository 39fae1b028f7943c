// 规则测试的公共部分：以样例通报为底稿造出有问题和没问题的通报，按规则编号核对结果与修复。
import { getAtPath, type Path } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { Paragraph, RichText } from '../../core/model/rich-text'
import { validate, type Finding } from '../../core/rules/index'
import { sampleNotice } from '../support/sample-notice'

export const TODAY = '2025-06-30'

/** 一个用例：造一份通报，说明期望。 */
export interface RuleCase {
  name: string
  notice: () => Notice
  /** 期望的位置（invalid 用例）；缺省只要求有该规则的结果。 */
  path?: Path
  /** 应用第一项修复后，该位置的文字应为此（手写的正确写法）。 */
  output?: string
  /** 应用第一项候选修改后，该位置的文字应为此。 */
  suggestion?: string
}

export interface RuleCases {
  valid: RuleCase[]
  invalid: RuleCase[]
}

/** 深度冻结：规则若改动通报，严格模式下立即抛错。 */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k])
  }
  return v
}

export function check(notice: Notice): Finding[] {
  return validate(deepFreeze(notice), { today: TODAY })
}

export function findingsOf(notice: Notice, code: string): Finding[] {
  return check(notice).filter((f) => f.rule === code)
}

/** 路径处的纯文本（字符串或段落）。 */
export function textAt(notice: Notice, path: Path): string | undefined {
  const v = getAtPath(notice, path)
  if (typeof v === 'string') return v
  if (v && typeof v === 'object' && (v as Paragraph).type === 'paragraph') return Paragraph.text(v as Paragraph)
  return undefined
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i])
}

// —— 造通报的小工具 ——

export const ORG_PARA: Path = ['organization', 'paragraphs', 1]

/** 在组织情况末尾加一段文字。 */
export function withParagraph(text: string): () => Notice {
  return () => {
    const n = sampleNotice()
    n.organization.paragraphs = [...n.organization.paragraphs, Paragraph.of(text)]
    return n
  }
}

export const FIRST_MEASURE: Path = ['rectification', 'items', 0, 'children', 0, 'children', 0]
export const FIRST_PROBLEM: Path = ['rectification', 'items', 0, 'children', 0]

/** 修改样例通报的某处。 */
export function sample(edit: (n: Notice) => void = () => {}): () => Notice {
  return () => {
    const n = sampleNotice()
    edit(n)
    return n
  }
}

export function setAt(n: Notice, path: Path, value: unknown): void {
  const parent = getAtPath(n, path.slice(0, -1)) as Record<string | number, unknown>
  parent[path[path.length - 1]!] = value
}

export { RichText }
