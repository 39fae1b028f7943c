import { summarize } from '../../../core/inspect/summary'
import { pathToPointer } from '../../../core/model/item'
import { SEVERITY_LABEL } from '../../../core/rules/types'
import { saveProject } from '../../files/project-store'
import type { Command } from '../command'
import { guardOutputs } from '../output-guard'
import { parseOutputCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

export const importCommand: Command = {
  name: 'import',
  summary: '导入 .txt/.html/.docx 通报为工程文件（列出导入时的修复与存疑之处）',
  usage: 'tongbao import <file> -o out.tongbao [--json] [--overwrite]',
  async run(argv, io) {
    const { values, inputs, output, overwrite } = parseOutputCommandArgs(
      argv,
      { json: { type: 'boolean' } },
      ['要导入的文件'],
      'out.tongbao',
    )
    const file = inputs[0]!
    await guardOutputs([output], [file], overwrite)
    const { notice, findings } = await loadInput(file)
    await saveProject(output, notice)
    if (values.json) {
      io.out(JSON.stringify({ output, summary: summarize(notice), findings }, null, 2))
      return 0
    }
    const s = summarize(notice)
    io.err(`已导入：${s.title}`)
    io.err(`逐条整改 ${s.items.length} 项，已保存为 ${output}`)
    if (findings.length) {
      io.err(`导入时有 ${findings.length} 处需要留意：`)
      for (const f of findings) io.err(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}（${pathToPointer(f.location.path)}）`)
    }
    return 0
  },
}
