// tongbao import-ledger：把整改台账（.xlsx/.csv/.tsv）读成新的工程文件，并列出认出的列对应（命令行没有确认步骤，所以写清楚）。
import { IsoDate } from '../../../core/model/dates'
import { basename } from 'node:path'
import { summarize } from '../../../core/inspect/summary'
import { LEDGER_LIMITS } from '../../../core/ledger/limits'
import { LedgerError } from '../../../core/ledger/ledger-error'
import { readFileLimited, saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseOutputCommandArgs } from '../parse-args'

export const importLedgerCommand: Command = {
  name: 'import-ledger',
  summary: '把整改台账（.xlsx/.csv/.tsv）读成工程文件：逐条整改（方面、问题、措施）及状态、时限、责任单位、责任领导',
  usage: 'tongbao import-ledger <台账.xlsx> -o out.tongbao [--sheet N] [--kind 巡视|巡察] [--json] [--overwrite]',
  async run(argv, io) {
    const { values, inputs, output, overwrite } = parseOutputCommandArgs(
      argv,
      { sheet: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
      ['台账文件'],
      'out.tongbao',
    )
    const file = inputs[0]!
    if (values.kind !== undefined && values.kind !== '巡视' && values.kind !== '巡察') throw new UsageError('cli.need-kind')
    const sheetNumber = values.sheet === undefined ? null : Number(values.sheet)
    if (sheetNumber !== null && !(Number.isInteger(sheetNumber) && sheetNumber >= 1))
      throw new UsageError('cli.bad-sheet', { value: values.sheet ?? '' })
    await guardOutputs([output], [file], overwrite)
    const bytes = await readFileLimited(file, LEDGER_LIMITS.fileBytes, 'import.too-large')
    // 台账的读写在命令行里按需加载（#15：启动时不加载用不到的模块）
    const { defaultMapping, importLedger, ledgerNotice, readLedgerFile } = await import('../../../core/ledger/import-ledger')
    const { detectMapping, FIELD_LABELS } = await import('../../../core/ledger/mapping')
    const workbook = readLedgerFile({ name: file, bytes })
    let mapping
    if (sheetNumber !== null) {
      const sheet = workbook.sheets[sheetNumber - 1]
      if (!sheet)
        throw new UsageError('cli.sheet-out-of-range', {
          count: workbook.sheets.length,
          sheets: workbook.sheets.map((s, i) => `${i + 1} ${s.name}`).join('，'),
        })
      mapping = detectMapping(sheet, sheetNumber - 1)
    } else mapping = defaultMapping(workbook)
    if (!mapping || !mapping.fields.includes('problem')) {
      io.err(`工作表：${workbook.sheets.map((s, i) => `${i + 1} ${s.name}`).join('，')}`)
      throw new LedgerError('no-header')
    }
    const imported = importLedger(workbook, mapping, basename(file), IsoDate.today())
    const notice = ledgerNotice(imported, (values.kind as '巡视' | '巡察' | undefined) ?? imported.kind ?? '巡视')
    await saveProject(output, notice)
    const sheetName = workbook.sheets[mapping.sheet]!.name
    const columns = mapping.labels.map((label, i) => ({ column: i + 1, label, field: mapping.fields[i]! }))
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            output: output,
            sheet: sheetName,
            headerRows: [mapping.headerTop + 1, mapping.headerBottom + 1],
            columns,
            ledger: imported.link,
            summary: summarize(notice),
            findings: imported.findings,
          },
          null,
          2,
        ),
      )
      return 0
    }
    const rows =
      mapping.headerTop === mapping.headerBottom
        ? `第 ${mapping.headerTop + 1} 行`
        : `第 ${mapping.headerTop + 1}–${mapping.headerBottom + 1} 行`
    io.err(`工作表“${sheetName}”，表头在${rows}。列对应：`)
    for (const c of columns) if (c.label) io.err(`  第${c.column}列 ${c.label} → ${FIELD_LABELS[c.field]}`)
    const l = imported.link
    io.err(
      `读出 ${l.aspects} 个方面、${l.problems} 个问题、${l.measures} 条措施；已完成 ${l.done} 个，基本完成 ${l.basicallyDone} 个，持续推进 ${l.ongoing} 个。`,
    )
    for (const f of imported.findings) io.err(`  [提示] ${f.message}`)
    io.err(`已保存为 ${output}`)
    return 0
  },
}
