// 增量校验（编辑器边输入边校验）：没改动的条目（对象同一、位置不变）直接取上次的结果，
// 改动过的条目中没改动的段落也取缓存（先按对象，再按文字）；整篇规则只看结构，每次重跑。
// 结果与 validate() 完全相同。
// 前提是通报按不可变方式更新（Slate 的做法）：改动处及其上层换成新对象，其余对象原样共享；
// 若就地修改了某个条目或段落对象，须换一个新的 createValidator()。
import type { Path, SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import type { Paragraph } from '../model/rich-text'
import { collectFindings, type FindingSource, ruleContext, unitFindings, type ValidateOptions, warmFindings } from './engine'
import { isItemTitlePath, type TextContext } from './text-rule'
import type { TextUnit } from './text-units'
import type { Finding, Fix } from './types'

export interface Validator {
  validate(notice: Notice, options?: ValidateOptions): Finding[]
  /**
   * 预先算好条目的结果（缓存），每个条目之后问 more()；算完全部返回 true。之后的 validate 结果不变、只是快。
   * 长文档第一次校验可以这样分成许多小片在空闲时做。
   */
  warm(notice: Notice, options: ValidateOptions, more: () => boolean): boolean
  /** 上一次 validate 中重新检查（未命中缓存）的文字单元数，供测试和基准观察。 */
  readonly lastRechecked: number
}

function rebaseFix(fix: Fix, path: Path): Fix | null {
  if (fix.kind === 'replace-text') return { ...fix, at: { ...fix.at, path } }
  // 文字规则的 remove-item 删的是这段文字本身（见 text-rule 的 RemoveEdit）
  if (fix.kind === 'remove-item') return { ...fix, path }
  // 文字规则的 set-value 只改所在条目的字段（见 text-rule 的 ItemFieldEdit）
  if (fix.kind === 'set-value')
    return isItemTitlePath(path) ? { ...fix, path: [...path.slice(0, -1), fix.path[fix.path.length - 1]!] } : null
  return fix
}

/** 缓存中的文字结果路径为 []；取出时换成单元当前的路径（条目移动后段落对象不变，路径会变）。 */
function rebase(findings: Finding[], path: Path): Finding[] {
  return findings.map((f) => {
    const { fix, suggestions, ...rest } = f
    const out: Finding = { ...rest, location: { ...f.location, path } }
    const placedFix = fix && rebaseFix(fix, path)
    if (placedFix) out.fix = placedFix
    const placedSuggestions = (suggestions ?? []).map((s) => rebaseFix(s, path)).filter((s): s is Fix => s !== null)
    if (placedSuggestions.length) out.suggestions = placedSuggestions
    return out
  })
}

function samePath(a: Path, b: Path): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** 缓存失效的条件：条目和文字规则看得到的通报信息（类型、层级、部分组成、反馈日期）或今天变了。 */
function contextKey(notice: Notice, options: ValidateOptions): string {
  const m = notice.meta
  return [m.kind, m.level, notice.parts.join(','), m.feedbackDate, ruleContext(options).today].join('\u0001')
}

interface ItemEntry {
  path: Path
  section: SectionKey
  findings: Finding[]
}

/** 一段文字的结果：相对结果（路径为 []），以及最近一次落到的路径和落好的结果（位置不变时直接复用）。 */
interface TextEntry {
  relative: Finding[]
  path: Path | null
  absolute: Finding[]
}

function placed(entry: TextEntry, path: Path): Finding[] {
  if (entry.relative.length === 0) return entry.relative
  if (entry.path === null || !samePath(entry.path, path)) {
    entry.absolute = rebase(entry.relative, path)
    entry.path = path
  }
  return entry.absolute
}

export function createValidator(): Validator {
  let key: string | null = null
  let byItem = new WeakMap<Item, ItemEntry>()
  let byParagraph = new WeakMap<Paragraph, TextEntry>()
  let byText = new Map<string, TextEntry>()
  let used = new Map<string, TextEntry>()
  let rechecked = 0

  const computed = (unit: TextUnit, context: TextContext): TextEntry => {
    rechecked++
    return { relative: unitFindings({ ...unit, path: [] }, context), path: null, absolute: [] }
  }

  const source: FindingSource = {
    unit(unit, context) {
      if (unit.paragraph) {
        const hit = byParagraph.get(unit.paragraph)
        if (hit) return placed(hit, unit.path)
      }
      // 对象没见过（编辑器同步时常整段重建）：按文字查
      const k = unit.kind + '\u0001' + unit.text
      let hit = byText.get(k) ?? used.get(k)
      if (!hit) hit = computed(unit, context)
      used.set(k, hit)
      if (unit.paragraph) byParagraph.set(unit.paragraph, hit)
      return placed(hit, unit.path)
    },
    item(item, path, section, compute) {
      const hit = byItem.get(item)
      if (hit && hit.section === section && samePath(hit.path, path)) return hit.findings
      const findings = compute()
      byItem.set(item, { path, section, findings })
      return findings
    },
  }

  const resetIfContextChanged = (notice: Notice, options: ValidateOptions) => {
    const next = contextKey(notice, options)
    if (next === key) return
    byItem = new WeakMap()
    byParagraph = new WeakMap()
    byText = new Map()
    used = new Map()
    key = next
  }

  return {
    get lastRechecked() {
      return rechecked
    },
    warm(notice, options, more) {
      resetIfContextChanged(notice, options)
      return warmFindings(notice, options, source, more)
    },
    validate(notice, options = {}) {
      rechecked = 0
      resetIfContextChanged(notice, options)
      used = new Map()
      const out = collectFindings(notice, options, source)
      // 只留本次用到的文字，缓存不随编辑次数增长
      byText = used
      return out
    },
  }
}
