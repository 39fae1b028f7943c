// 文字规则：逐个文本单元检查、只看这段文字本身，因而可以按文字缓存，供增量校验使用。
import type { Path } from '../model/item'
import type { InspectionKind, Notice } from '../model/notice'
import { formatMessage } from './message'
import type { Finding, Fix, MessageData, Rule, RuleMeta, Severity } from './types'
import { type TextUnit, type TextUnitKind, textUnits } from './text-units'

/** 文字规则能看到的全部通报信息；缓存键包含它，改动巡视/巡察类型或层级时缓存失效。 */
export interface TextContext {
  kind: InspectionKind
  /** 巡视/巡察主体层级：省委、市委…… */
  level: string
}

/** 单元内的修改：把 range（缺省为整段）替换为 text。 */
export interface TextEdit {
  label: string
  range?: [number, number]
  text: string
}

/** 改这段文字所属条目的一个字段（如把独立标题改为与正文同段：runIn = true）；只对条目标题有效。 */
export interface ItemFieldEdit {
  label: string
  field: 'runIn'
  value: boolean
}

/** 删去这一段（只对段落单元有效，如网页杂项行）。 */
export interface RemoveEdit {
  label: string
  remove: true
}

/** 文字规则报告的问题，位置相对于所在单元；文字由 meta.messages[messageId] 和 data 生成。 */
export interface TextIssue<K extends string = string> {
  messageId: K
  data?: MessageData
  range?: [number, number]
  severity?: Severity
  fix?: TextEdit | RemoveEdit
  suggestions?: (TextEdit | ItemFieldEdit)[]
}

export type TextReport<K extends string = string> = (issue: TextIssue<K>) => void

export interface TextRule<K extends string = string> extends Rule<K> {
  /** 适用的单元种类 */
  kinds: readonly TextUnitKind[]
  checkText(text: string, kind: TextUnitKind, context: TextContext, report: TextReport<K>): void
}

export function textContext(notice: Notice): TextContext {
  return { kind: notice.meta.kind, level: notice.meta.level }
}

/** 条目标题的路径形如 [..., 'items'|'children', i, 'title']；部分标题等其他单元没有条目字段。 */
export function isItemTitlePath(path: Path): boolean {
  const [owner, index, last] = path.slice(-3)
  return last === 'title' && typeof index === 'number' && (owner === 'items' || owner === 'children')
}

function editToFix(edit: TextEdit | ItemFieldEdit | RemoveEdit, unit: TextUnit): Fix | null {
  if ('remove' in edit) return { kind: 'remove-item', label: edit.label, path: unit.path }
  if ('field' in edit) {
    // 路径为 [] 是增量校验的相对结果，落到真实位置时再判断是否适用
    if (unit.path.length > 0 && !isItemTitlePath(unit.path)) return null
    return { kind: 'set-value', label: edit.label, path: [...unit.path.slice(0, -1), edit.field], value: edit.value }
  }
  return {
    kind: 'replace-text',
    label: edit.label,
    at: edit.range ? { path: unit.path, range: edit.range } : { path: unit.path },
    text: edit.text,
  }
}

/** 把单元内的问题落到模型路径上。 */
export function issueToFinding(meta: RuleMeta, issue: TextIssue, unit: TextUnit): Finding {
  const f: Finding = {
    rule: meta.code,
    severity: issue.severity ?? meta.severity,
    message: formatMessage(meta, issue.messageId, issue.data),
    location: issue.range ? { path: unit.path, range: issue.range } : { path: unit.path },
  }
  const fix = issue.fix && editToFix(issue.fix, unit)
  if (fix) f.fix = fix
  const suggestions = (issue.suggestions ?? []).map((s) => editToFix(s, unit)).filter((s): s is Fix => s !== null)
  if (suggestions.length) f.suggestions = suggestions
  return f
}

/** 由 checkText 构造规则；其 check 独立运行时自行遍历全部单元（引擎则统一遍历一次）。 */
export function textRule<const K extends string>(def: Omit<TextRule<K>, 'check'>): TextRule<K> {
  return {
    ...def,
    check(notice, report) {
      const context = textContext(notice)
      for (const unit of textUnits(notice)) {
        if (!def.kinds.includes(unit.kind)) continue
        def.checkText(unit.text, unit.kind, context, (issue) => {
          const { message: _message, rule: _rule, ...rest } = issueToFinding(def.meta, issue, unit)
          report({ ...rest, messageId: issue.messageId, ...(issue.data ? { data: issue.data } : {}) })
        })
      }
    },
  }
}

export function isTextRule(rule: Rule): rule is TextRule {
  return 'checkText' in rule
}
