// 条目规则：只看一个条目（及其下级），可按条目对象缓存；编辑一处后，没改动的条目不再检查。
import type { Path, SectionKey } from '../model/item'
import { SECTION_KEYS } from '../model/item'
import type { Item, Notice, PartKey } from '../model/notice'
import { sectionEntries } from '../document/item-entries'
import type { Report, Rule, RuleContext } from './types'

/** 条目规则能看到的通报信息；缓存键包含它。 */
export interface ItemContext {
  parts: readonly PartKey[]
  /** 今天（ISO 日期） */
  today: string
  /** 反馈日期（ISO），整改时限不能早于它 */
  feedbackDate: string | null
}

export interface ItemRule<K extends string = string> extends Rule<K> {
  /** 适用的部分 */
  sections: readonly SectionKey[]
  checkItem(item: Item, path: Path, context: ItemContext, report: Report<K>): void
}

export interface ItemRuleDef<K extends string> extends Omit<ItemRule<K>, 'check'> {
  /** 只在通报含有这些部分时检查：部分被去掉后，它留下的条目不再要求完整（缺部分由完整性规则报告）。 */
  partRequired?: true
}

export function itemContext(notice: Notice, context: RuleContext): ItemContext {
  return { parts: notice.parts, today: context.today, feedbackDate: notice.meta.feedbackDate }
}

/** 由 checkItem 构造规则；其 check 独立运行时自行遍历全部条目。 */
export function itemRule<const K extends string>({ partRequired, ...def }: ItemRuleDef<K>): ItemRule<K> {
  const checkItem: ItemRule<K>['checkItem'] = partRequired
    ? (item, path, context, report) => {
        if (def.sections.some((s) => context.parts.includes(s))) def.checkItem(item, path, context, report)
      }
    : def.checkItem
  return {
    ...def,
    checkItem,
    check(notice, report, ruleContext) {
      const context = itemContext(notice, ruleContext)
      for (const section of SECTION_KEYS) {
        if (!def.sections.includes(section)) continue
        for (const { item, path } of sectionEntries(notice, section)) checkItem(item, path, context, report)
      }
    },
  }
}

export function isItemRule(rule: Rule): rule is ItemRule {
  return 'checkItem' in rule
}
