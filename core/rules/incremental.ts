// 增量校验（编辑器边输入边校验）：逐段文字的结果按段落对象或文字缓存，一次编辑后只有改动过的段落重新检查；
// 整篇规则只看结构，每次重跑。结果与 validate() 完全相同。
import type { Path } from '../model/item'
import type { Notice } from '../model/notice'
import type { Paragraph } from '../model/rich-text'
import { noticeFindings, ruleContext, unitFindings, type ValidateOptions } from './engine'
import { type TextContext, textContext } from './text-rule'
import { textUnits, type TextUnit } from './text-units'
import type { Finding, Fix } from './types'

export interface Validator {
  validate(notice: Notice, options?: ValidateOptions): Finding[]
  /** 上一次 validate 中重新检查（未命中缓存）的单元数，供测试和基准观察。 */
  readonly lastRechecked: number
}

function rebaseFix(fix: Fix, path: Path): Fix {
  return fix.kind === 'replace-text' ? { ...fix, at: { ...fix.at, path } } : fix
}

/** 缓存中的结果路径为 []；取出时换成单元当前的路径（条目移动后段落对象不变，路径会变）。 */
function rebase(findings: Finding[], path: Path): Finding[] {
  return findings.map((f) => {
    const out: Finding = { ...f, location: { ...f.location, path } }
    if (f.fix) out.fix = rebaseFix(f.fix, path)
    if (f.suggestions) out.suggestions = f.suggestions.map((s) => rebaseFix(s, path))
    return out
  })
}

function sameContext(a: TextContext | null, b: TextContext): boolean {
  return a !== null && a.kind === b.kind && a.level === b.level
}

export function createValidator(): Validator {
  let context: TextContext | null = null
  let byParagraph = new WeakMap<Paragraph, Finding[]>()
  let byText = new Map<string, Finding[]>()
  let rechecked = 0

  function relative(unit: TextUnit): Finding[] {
    const computed = () => {
      rechecked++
      return unitFindings({ ...unit, path: [] }, context!)
    }
    if (unit.paragraph && unit.kind === 'paragraph') {
      let hit = byParagraph.get(unit.paragraph)
      if (!hit) byParagraph.set(unit.paragraph, (hit = computed()))
      return hit
    }
    const key = unit.kind + '\u0001' + unit.text
    let hit = byText.get(key)
    if (!hit) byText.set(key, (hit = computed()))
    return hit
  }

  return {
    get lastRechecked() {
      return rechecked
    },
    validate(notice, options = {}) {
      rechecked = 0
      const next = textContext(notice)
      if (!sameContext(context, next)) {
        byParagraph = new WeakMap()
        byText = new Map()
        context = next
      }
      const out = noticeFindings(notice, ruleContext(options))
      const used = new Map<string, Finding[]>()
      for (const unit of textUnits(notice)) {
        const findings = relative(unit)
        if (!unit.paragraph) used.set(unit.kind + '\u0001' + unit.text, findings)
        if (findings.length) out.push(...rebase(findings, unit.path))
      }
      // 只留本次用到的文字，缓存不随编辑次数增长
      byText = used
      return out
    },
  }
}
