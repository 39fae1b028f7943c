// 规则目录：由登记表生成 docs/rules.md 的内容（scripts/gen-rules-doc.ts 写文件，测试核对文件未过期）。
import { RULE_GROUPS, RULES } from './registry'
import { isItemRule } from './item-rule'
import { isTextRule } from './text-rule'
import { ALL_KINDS, PROSE_KINDS, type TextUnitKind } from './text-units'
import { IMPORT_RULE_GROUP, IMPORT_RULES } from './import-rules'
import { type RuleMeta, SEVERITY_LABEL } from './types'

const KIND_LABEL: Record<TextUnitKind, string> = {
  title: '手写标题',
  heading: '独立标题',
  'run-in-heading': '同段标题句',
  paragraph: '正文段落',
  meta: '通报信息',
  'signature-org': '落款机关',
  phone: '联系电话',
  email: '电子邮箱',
  postcode: '邮编',
  address: '地址',
  website: '网址',
}

const sameKinds = (a: readonly TextUnitKind[], b: readonly TextUnitKind[]) => a.length === b.length && a.every((k) => b.includes(k))

/** 文字规则的检查对象，常见的两种组合用一个词说。 */
function scopeOf(kinds: readonly TextUnitKind[]): string {
  if (sameKinds(kinds, ALL_KINDS)) return '全部文字'
  if (sameKinds(kinds, PROSE_KINDS)) return '中文文字'
  const extra = kinds.filter((k) => !PROSE_KINDS.includes(k))
  if (extra.length < kinds.length && PROSE_KINDS.every((k) => kinds.includes(k)))
    return `中文文字、${extra.map((k) => KIND_LABEL[k]).join('、')}`
  return kinds.map((k) => KIND_LABEL[k]).join('、')
}

/** docs/rules.md 的全文。 */
export function rulesMarkdown(): string {
  const lines: string[] = [
    '# 校验规则目录',
    '',
    '<!-- 由 scripts/gen-rules-doc.ts 根据 core/rules/ 生成，请勿手改；改规则后运行 `npx tsx scripts/gen-rules-doc.ts`。 -->',
    '',
    `共 ${RULES.length} 条规则。严重程度：**错误**（签发前必须改正，\`tongbao validate\` 退出码为 1）、**警告**（请人确认）、**提示**。`,
    '每条结果都带有模型中的位置（JSON Pointer，编辑器据此跳转）；能安全修改的给出一键修复，需要人判断的给出候选修改。',
    '',
    '“检查对象”为“整篇”的规则看通报的结构，每次全部重跑；“条目”规则逐个条目检查；其余规则逐段检查文字。',
    `“中文文字”指${PROSE_KINDS.map((k) => KIND_LABEL[k]).join('、')}；“全部文字”另含联系电话、电子邮箱、邮编和网址。`,
    '编辑时只重查改动过的条目和段落（`createValidator()`），结果与完整校验 `validate()` 相同。',
    '',
    '在代码中：`validate(notice)` 返回全部结果；`applyFix(notice, fix)` 应用一项修复或候选修改，返回新的通报；',
    '`fixAll(notice)` 反复应用全部可安全修复的问题；命令行为 `tongbao validate <文件> [--json]`。',
    '',
    '**可安全修正**（规则 meta 的 `safeFix`）：修复只改字符的写法——全角半角、标点的形式、多余的空格和看不见的字符、日期与字号的书写格式——',
    '不改字词、数值、条目结构和信息面板的字段，且规则只在改法唯一时给出修复。检查面板按规则分组，这些规则的组有“全部改正”，',
    '面板顶上的“一键修正可安全修正的问题”一次改完全部（都只算一步撤销）；其余规则的修复仍须逐条点选。',
    '',
  ]
  for (const group of RULE_GROUPS) {
    lines.push(`## ${group.title}`, '', '| 编号 | 名称 | 严重程度 | 检查对象 |', '|---|---|---|---|')
    for (const code of group.codes) {
      const rule = RULES.find((r) => r.meta.code === code)!
      const scope = isTextRule(rule) ? scopeOf(rule.kinds) : isItemRule(rule) ? '条目' : '整篇'
      lines.push(
        `| [${code}](#${code.toLowerCase()}-${rule.meta.name}) | ${rule.meta.name} | ${SEVERITY_LABEL[rule.meta.severity]} | ${scope} |`,
      )
    }
    lines.push('')
    for (const code of group.codes) {
      const rule = RULES.find((r) => r.meta.code === code)!
      lines.push(
        `### ${code} ${rule.meta.name}`,
        '',
        `严重程度：${SEVERITY_LABEL[rule.meta.severity]}${rule.meta.safeFix ? '；可安全修正（参与一键修正）' : ''}`,
        '',
        rule.meta.description,
        '',
        '结果文字：',
        '',
      )
      for (const m of Object.values<string>(rule.meta.messages)) lines.push(`- ${m.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`)
      lines.push('')
    }
  }
  lines.push(
    `## ${IMPORT_RULE_GROUP.title}`,
    '',
    '导入 .docx、网页、纯文字时，导入器对原文的修复和存疑也作为结果列出（只在导入后出现，编辑时不再重查）。',
    '',
  )
  lines.push('| 编号 | 名称 | 严重程度 |', '|---|---|---|')
  for (const meta of Object.values<RuleMeta>(IMPORT_RULES))
    lines.push(`| [${meta.code}](#${meta.code.toLowerCase()}-${meta.name}) | ${meta.name} | ${SEVERITY_LABEL[meta.severity]} |`)
  lines.push('')
  for (const meta of Object.values<RuleMeta>(IMPORT_RULES)) {
    lines.push(
      `### ${meta.code} ${meta.name}`,
      '',
      `严重程度：${SEVERITY_LABEL[meta.severity]}`,
      '',
      meta.description,
      '',
      '结果文字：',
      '',
    )
    for (const m of Object.values<string>(meta.messages)) lines.push(`- ${m.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`)
    lines.push('')
  }
  return lines.join('\n')
}
