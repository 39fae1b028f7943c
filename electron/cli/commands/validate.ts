// tongbao validate：检查通报的完整性与一致性；--json 输出机器可读的结果，有错误时退出码为 1。给出多份文件时逐份检查并列出汇总表。
import { pathToPointer } from '../../../core/model/item'
import { IsoDate } from '../../../core/model/dates'
import { hasErrors, SEVERITY_LABEL, validate, type Finding } from '../../../core/rules/index'
import { type FileOutcome, forEachFile, summaryTable, worstCode } from '../batch'
import { type Command, UsageError } from '../command'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

/** `--json` 的一条：rule、severity、message，path 为 JSON Pointer。 */
function jsonFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, message: f.message, path: pathToPointer(f.location.path) }
}

function textLine(f: Finding): string {
  const range = f.location.range ? ` 第${f.location.range[0] + 1}字起` : ''
  const fix = f.fix
    ? `（可修复：${f.fix.label}）`
    : f.suggestions?.length
      ? `（候选：${f.suggestions.map((s) => s.label).join('；')}）`
      : ''
  return `${SEVERITY_LABEL[f.severity]} ${f.rule} ${pathToPointer(f.location.path) || '/'}${range}：${f.message}${fix}`
}

const count = (findings: readonly Finding[], s: Finding['severity']) => findings.filter((f) => f.severity === s).length

export const validateCommand: Command = {
  name: 'validate',
  summary: '检查通报的完整性与一致性（有错误时退出码为 1）；可一次给出多份文件',
  usage: 'tongbao validate <file>… [--json] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const { values, positionals: files } = parseCommandArgs(argv, { json: { type: 'boolean' }, today: { type: 'string' } }, Infinity)
    if (!files.length) throw new UsageError('cli.need-input', { what: '要检查的文件' })
    if (values.today !== undefined && !IsoDate.isValid(values.today)) throw new UsageError('cli.bad-today', { value: values.today })
    const check = async (file: string) => {
      const { notice, findings: imported } = await loadInput(file)
      return [...imported, ...validate(notice, values.today ? { today: values.today } : {})]
    }

    if (files.length === 1) {
      const findings = await check(files[0]!)
      if (values.json) {
        io.out(JSON.stringify({ findings: findings.map(jsonFinding) }, null, 2))
      } else {
        for (const f of findings) io.out(textLine(f))
        io.out(
          findings.length
            ? `共 ${findings.length} 处：错误 ${count(findings, 'error')}，警告 ${count(findings, 'warning')}，提示 ${count(findings, 'info')}`
            : '未发现问题',
        )
      }
      return hasErrors(findings) ? 1 : 0
    }

    // 多份：逐份检查，一份读不了不影响其余；--json 给出每份的全部问题，文字输出只给汇总表。
    const found = new Map<string, Finding[]>()
    const outcomes = await forEachFile(files, '校验', io, async (file): Promise<FileOutcome> => {
      const findings = await check(file)
      found.set(file, findings)
      const errors = count(findings, 'error')
      const warnings = count(findings, 'warning')
      return { file, code: errors ? 1 : 0, errors, warnings, result: errors ? '有错误' : warnings ? '通过（有警告）' : '通过' }
    })
    if (values.json) {
      const entries = outcomes.map((o) =>
        found.has(o.file) ? { file: o.file, findings: found.get(o.file)!.map(jsonFinding) } : { file: o.file, error: o.result },
      )
      io.out(JSON.stringify({ files: entries }, null, 2))
    } else {
      io.out(summaryTable(outcomes))
      if (outcomes.some((o) => o.errors || o.warnings)) io.out('逐条查看某一份：tongbao validate <文件>')
    }
    return worstCode(outcomes)
  },
}
