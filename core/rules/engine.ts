// 校验引擎：整篇规则每次重跑；条目规则和文字规则按阅读顺序逐个条目、逐段文字运行。
// 增量校验与完整校验走同一遍历，只是给“条目”和“单元”两步接上缓存，因而结果相同。
import { IsoDate } from '../model/dates'
import { type Path, SECTION_KEYS, type SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import { type ItemContext, itemContext } from './item-rule'
import { toFinding } from './message'
import { ITEM_RULES, NOTICE_RULES, TEXT_RULES } from './registry'
import { withSameValueOnce } from './same-value-once'
import { issueToFinding, type TextContext, textContext } from './text-rule'
import { headUnits, itemUnits, sectionHeadUnits, tailUnits, type TextUnit } from './text-units'
import type { Finding, RuleContext } from './types'

export interface ValidateOptions {
  /** 今天（ISO 日期）；缺省取本机日期。 */
  today?: string
}

export function ruleContext(options: ValidateOptions = {}): RuleContext {
  if (options.today) return { today: options.today }
  return { today: IsoDate.today() }
}

/** 整篇规则的结果，按登记顺序。 */
export function noticeFindings(notice: Notice, context: RuleContext): Finding[] {
  const out: Finding[] = []
  for (const rule of NOTICE_RULES) {
    rule.check(notice, (f) => out.push(toFinding(rule.meta, f)), context)
  }
  return out
}

/** 一个单元上全部文字规则的结果（按登记顺序）。 */
export function unitFindings(unit: TextUnit, context: TextContext): Finding[] {
  const out: Finding[] = []
  for (const rule of TEXT_RULES) {
    if (!rule.kinds.includes(unit.kind)) continue
    rule.checkText(unit.text, unit.kind, context, (issue) => out.push(issueToFinding(rule.meta, issue, unit)))
  }
  return out
}

/** 一个条目自身的条目规则结果（不含下级）。 */
export function ownItemFindings(item: Item, path: Path, section: SectionKey, context: ItemContext): Finding[] {
  const out: Finding[] = []
  for (const rule of ITEM_RULES) {
    if (!rule.sections.includes(section)) continue
    rule.checkItem(item, path, context, (f) => out.push(toFinding(rule.meta, f)))
  }
  return out
}

/** 遍历中可以接缓存的两步。 */
export interface FindingSource {
  /** 一个单元的结果（路径为单元当前路径）。 */
  unit(unit: TextUnit, context: TextContext): Finding[]
  /** 一个条目连同下级的结果；compute 算出它们。 */
  item(item: Item, path: Path, section: SectionKey, compute: () => Finding[]): Finding[]
}

const direct: FindingSource = {
  unit: unitFindings,
  item: (_item, _path, _section, compute) => compute(),
}

function append(out: Finding[], more: Finding[]): void {
  for (const f of more) out.push(f)
}

/**
 * 全部结果（同一个值只报一次，见 same-value-once.ts）：先是整篇规则（按规则编号），再按阅读顺序：通报信息、标题、导语，各部分（段落，
 * 然后每个条目：条目规则、标题、正文、下级条目），最后联系方式和落款。
 */
type Subtree = (item: Item, path: Path, section: SectionKey) => Finding[]

/** 一个条目连同下级的结果，经 source（可缓存）逐级求得。 */
function subtreeOf(notice: Notice, options: ValidateOptions, source: FindingSource): Subtree {
  const tctx = textContext(notice)
  const ictx = itemContext(notice, ruleContext(options))
  const subtree: Subtree = (item, path, section) =>
    source.item(item, path, section, () => {
      const fs = ownItemFindings(item, path, section, ictx)
      for (const u of itemUnits(item, path)) append(fs, source.unit(u, tctx))
      const childBase = path.concat('children')
      for (let j = 0; j < item.children.length; j++) append(fs, subtree(item.children[j]!, childBase.concat(j), section))
      return fs
    })
  return subtree
}

/**
 * 预先逐个条目算好结果（进 source 的缓存），先下级、后上级；每算完一个条目问 more()，为 false 时停下，返回 false。
 * 全部算过返回 true。增量校验在空闲时分片调用，随后的 collectFindings 只剩命中缓存：长文档的第一次校验不再是一个长任务。
 */
export function warmFindings(notice: Notice, options: ValidateOptions, source: FindingSource, more: () => boolean): boolean {
  // 只在真算了（没命中缓存）之后才问要不要停：上一片算过的条目这一片一路跳过。
  let computed = false
  const counting: FindingSource = {
    unit: source.unit,
    item: (item, path, section, compute) =>
      source.item(item, path, section, () => {
        computed = true
        return compute()
      }),
  }
  const subtree = subtreeOf(notice, options, counting)
  const warm = (item: Item, path: Path, section: SectionKey): boolean => {
    const childBase = path.concat('children')
    for (let j = 0; j < item.children.length; j++) if (!warm(item.children[j]!, childBase.concat(j), section)) return false
    computed = false
    subtree(item, path, section)
    return !computed || more()
  }
  for (const key of SECTION_KEYS) {
    const items = notice[key].items
    for (let i = 0; i < items.length; i++) if (!warm(items[i]!, [key, 'items', i], key)) return false
  }
  return true
}

export function collectFindings(notice: Notice, options: ValidateOptions = {}, source: FindingSource = direct): Finding[] {
  const rctx = ruleContext(options)
  const out = noticeFindings(notice, rctx)
  const tctx = textContext(notice)
  const subtree = subtreeOf(notice, options, source)
  for (const u of headUnits(notice)) append(out, source.unit(u, tctx))
  for (const key of SECTION_KEYS) {
    for (const u of sectionHeadUnits(notice, key)) append(out, source.unit(u, tctx))
    const items = notice[key].items
    for (let i = 0; i < items.length; i++) append(out, subtree(items[i]!, [key, 'items', i], key))
  }
  for (const u of tailUnits(notice)) append(out, source.unit(u, tctx))
  return withSameValueOnce(out, notice)
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}
