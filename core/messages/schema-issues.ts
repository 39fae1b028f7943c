// 把 zod 的校验问题译成中文：字段用通报里的说法，说清期望的是什么。不透出 zod 的英文。
import type { z } from 'zod'

/** 工程文件里各字段的中文叫法（键名在不同层级含义相同，故按键名查）。 */
const FIELD_NAMES: Record<string, string> = {
  meta: '通报信息',
  issuer: '发文机关',
  fullName: '全称',
  shortName: '简称',
  kind: '巡视/巡察类型',
  level: '层级',
  roundLabel: '轮次',
  inspectionGroup: '巡视/巡察组',
  target: '被巡视/巡察对象',
  topic: '专项主题',
  period: '巡视/巡察期间',
  start: '开始日期',
  end: '结束日期',
  feedbackDate: '反馈日期',
  reportKind: '通报类型',
  publication: '发布信息',
  date: '日期',
  source: '来源',
  parts: '组成部分',
  title: '标题',
  override: '手写内容',
  lead: '导语',
  organization: '组织情况',
  statistics: '统计数字',
  rectification: '逐条整改',
  nextSteps: '下一步工作',
  contact: '联系方式',
  signature: '落款',
  org: '落款机关',
  heading: '部分标题',
  paragraphs: '段落',
  items: '条目',
  children: '下级条目',
  id: '编号',
  role: '角色',
  runIn: '标题与正文同段',
  unnumbered: '无序号',
  status: '整改状态',
  deadline: '整改时限',
  responsible: '责任单位',
  body: '正文',
  reference: '上一轮文字',
  runs: '文字',
  text: '文字',
  bold: '加粗',
  italic: '倾斜',
  type: '类型',
  partyDiscipline: '党纪处分',
  governmentSanction: '政务处分',
  organizationalHandling: '组织处理',
  admonishment: '诫勉',
  educationReminder: '教育提醒',
  systemsBuilt: '建立完善制度数',
  lossRecovered: '挽回经济损失',
  extraFacts: '其他统计',
  total: '总数',
  breakdown: '细分',
  label: '名称',
  count: '人数',
  phones: '电话',
  addresses: '地址',
  value: '内容',
  postcodes: '邮编',
  emails: '电子邮箱',
  websites: '网址',
  format: '格式标记',
  formatVersion: '格式版本',
  notice: '通报内容',
  statusPending: '待确认的状态',
  leader: '责任领导',
  signOff: '签发稿设置',
  orgMarks: '发文机关标志',
  docNumber: '发文字号',
  signer: '签发人',
  cc: '抄送机关',
  printer: '印发机关',
  printDate: '印发日期',
  profile: '字体方案',
  redhead: '版头',
  banji: '版记',
}

/** JS 类型名的中文。 */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '一组字段',
  array: '列表',
  null: '空值',
  undefined: '空缺',
  nan: '数字',
  date: '日期',
  bigint: '整数',
  symbol: '特殊值',
  map: '一组字段',
  set: '列表',
  file: '文件',
  function: '函数',
  literal: '固定值',
  unknown: '未知类型',
}

const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? '其他类型'

/** 存日期的字段：格式问题说成日期的写法。 */
const DATE_KEYS = new Set(['start', 'end', 'feedbackDate', 'date', 'deadline', 'printDate'])

/** 字段路径 → “逐条整改的第 3 条的下级条目的第 1 条的整改状态”。 */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '整个文件'
  const parts: string[] = []
  for (const key of path) {
    if (typeof key === 'number') parts.push(`第 ${key + 1} 项`)
    else parts.push(FIELD_NAMES[String(key)] ?? '未知字段')
  }
  return parts.join('的').replace(/的第/g, '第')
}

function inputType(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value)
}

/** zod 的一个问题 → 中文（“某字段：应为……”）。 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path)
  const isDate = DATE_KEYS.has(String(issue.path[issue.path.length - 1]))
  if (isDate && (issue.code === 'invalid_format' || issue.code === 'custom')) return `${where}应为存在的日期，写成“2024-01-31”的形式`
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `缺少${where}（应为${typeName(issue.expected)}）`
      return `${where}应为${typeName(issue.expected)}，实际是${typeName(inputType(issue.input))}`
    }
    case 'unrecognized_keys':
      return `${where}中有本程序不认识的字段：${issue.keys.map((k) => `“${k}”`).join('、')}`
    case 'invalid_value':
      return `${where}应为 ${issue.values.map(shown).join('、')} 之一`
    case 'too_small':
      if (issue.origin === 'string') return `${where}不能为空`
      if (issue.origin === 'array' || issue.origin === 'set') return `${where}至少要有 ${String(issue.minimum)} 项`
      return `${where}不能小于 ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `${where}过长（最多 ${String(issue.maximum)} 个字）`
      if (issue.origin === 'array' || issue.origin === 'set') return `${where}最多 ${String(issue.maximum)} 项`
      return `${where}不能大于 ${String(issue.maximum)}`
    case 'invalid_format':
      return `${where}的格式不对（应为${issue.format === 'regex' ? '规定的写法' : issue.format === 'date' ? '“2024-01-31”形式的日期' : '规定的格式'}）`
    case 'not_multiple_of':
      return `${where}应为 ${String(issue.divisor)} 的整数倍`
    case 'invalid_union':
      return `${where}不是任何一种允许的形式`
    case 'invalid_key':
      return `${where}中有不合要求的字段名`
    case 'invalid_element':
      return `${where}中有不合要求的项`
    case 'custom':
      // 自定义校验的说明文字不经这张表，不透出；位置已说清是哪个字段。
      return `${where}不符合要求`
    default:
      return `${where}不符合要求`
  }
}

/** 整个校验错误 → 一句中文：列出前三个问题，其余计数。 */
export function describeSchemaError(error: z.ZodError): string {
  const issues = error.issues
  const first = issues.slice(0, 3).map(describeSchemaIssue)
  return issues.length > 3 ? `${first.join('；')}；另有 ${issues.length - 3} 处问题` : first.join('；')
}
