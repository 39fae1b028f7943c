// 规则引擎的类型：规则、结果、位置与修复。编辑器、命令行和导入器都用它们。
import type { Path } from '../model/item'
import type { Notice } from '../model/notice'

export type Severity = 'error' | 'warning' | 'info'
/** 严重程度的中文名：错误 / 警告 / 提示 */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' }

/** 位置：模型中的路径，加上可选的字符范围 [start, end)（在该路径所指文本内）。 */
export interface Location {
  path: Path
  range?: [number, number]
}

/** 修复是数据：把 location 处的文本（或 range 范围）替换为 text；或对模型作一次结构性修改。 */
export type Fix =
  | { kind: 'replace-text'; label: string; at: Location; text: string }
  | { kind: 'set-value'; label: string; path: Path; value: unknown }
  /** 删除数组中的一项（如空措施）；只记路径，兄弟条目后来有改动也不会被旧值覆盖。 */
  | { kind: 'remove-item'; label: string; path: Path }

export interface Finding {
  rule: string
  severity: Severity
  message: string
  location: Location
  fix?: Fix
  /** 需要人判断的多个候选修改（如“202331531”的两种读法）。 */
  suggestions?: Fix[]
}

export interface RuleMeta<K extends string = string> {
  /** 稳定编号 TB0NN */
  code: string
  /** kebab-case 名称 */
  name: string
  /** 检查面板中按规则分组时的组名（中文短语，如“半角标点”）；缺省时取说明的开头。 */
  title?: string
  /**
   * 修复可以不经逐条过目而成批应用（“全部改正”“一键修正”）：只改字符的写法——全角半角、标点的形式、
   * 多余的空格和看不见的字符、日期与字号的书写格式——不改字词、数值、条目结构和信息面板的字段，
   * 且规则只在改法唯一时才给出修复。其余规则的修复仍可逐条点选，但不进批量修正。
   */
  safeFix?: boolean
  severity: Severity
  /** 规则说明（中文），生成 docs/rules.md */
  description: string
  /** 结果的文字，按编号取用；其中的 {{name}} 由报告时给出的 data 填入。规则代码里不拼句子。 */
  messages: Record<K, string>
}

export type MessageData = Record<string, string | number>

/** 规则报告的一条结果：文字由 meta.messages[messageId] 和 data 生成。 */
export type RuleFinding<K extends string = string> = Omit<Finding, 'rule' | 'severity' | 'message'> & {
  messageId: K
  data?: MessageData
  severity?: Severity
}

export type Report<K extends string = string> = (finding: RuleFinding<K>) => void

/** 规则运行时的外部信息；核心不读时钟，由调用方给出“今天”。 */
export interface RuleContext {
  /** 今天（ISO 日期），用于“日期不能晚于今天”。 */
  today: string
}

export interface Rule<K extends string = string> {
  meta: RuleMeta<K>
  check(notice: Notice, report: Report<K>, context: RuleContext): void
}
