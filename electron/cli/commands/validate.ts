// tongbao validate：检查通报的完整性与一致性；--json 输出机器可读的结果，有错误时退出码为 1。
import { pathToPointer } from '../../../core/model/item'
import { IsoDate } from '../../../core/model/dates'
import { hasErrors, SEVERITY_LABEL, validate, type Finding } from '../../../core/rules/index'
import { type Command, UsageError } from '../command'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

/** `--json` 的一条：rule、severity、message，path 为 JSON Pointer。 */
function jsonFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, message: f.message, path: pathToPointer(f.location.path) }
}

function textLine(f: Finding): string {
  const range = f.location.range ? ` 第${f.location.range[0] + 1}字起` : ''
  const fix = f.fix ? `（可修复：${f.fix.label}）` : f.suggestions?.length ? `（候选：${f.suggestions.map((s) => s.label).join('；')}）` : ''
  return `${SEVERITY_LABEL[f.severity]} ${f.rule} ${pathToPointer(f.location.path) || '/'}${range}：${f.message}${fix}`
}

export const validateCommand: Command = {
  name: 'validate',
  summary: '检查通报的完整性与一致性（有错误时退出码为 1）',
  usage: 'tongbao validate <file> [--json] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, today: { type: 'string' } }, 1)
    const file = positionals[0]
    if (!file) throw new UsageError('cli.need-input', { what: '要检查的文件' })
    if (values.today !== undefined && !IsoDate.isValid(values.today)) throw new UsageError('cli.bad-today', { value: values.today })
    const { notice, findings: imported } = await loadInput(file)
    const findings = [...imported, ...validate(notice, values.today ? { today: values.today } : {})]
    if (values.json) {
      io.out(JSON.stringify({ findings: findings.map(jsonFinding) }, null, 2))
    } else {
      for (const f of findings) io.out(textLine(f))
      const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
      io.out(findings.length ? `共 ${findings.length} 处：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}` : '未发现问题')
    }
    return hasErrors(findings) ? 1 : 0
  },
}
