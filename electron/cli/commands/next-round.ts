import { NEXT_ROUND_MODE_LABEL, type NextRoundMode, startNextRound, summaryText } from '../../../core/next-round/start-next-round'
import { saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

const MODES: readonly string[] = ['follow-up', 'new-round'] satisfies NextRoundMode[]

export const nextRoundCommand: Command = {
  name: 'next-round',
  summary: '从上一份通报开始：续报（同一次巡视，默认）或新一轮（新的巡视）',
  usage: 'tongbao next-round <previous> -o new.tongbao [--mode follow-up|new-round] [--keep-aspects] [--overwrite]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        output: { type: 'string', short: 'o' },
        mode: { type: 'string' },
        'keep-aspects': { type: 'boolean' },
        overwrite: { type: 'boolean' },
      },
      1,
    )
    const file = positionals[0]
    if (!file) throw new UsageError('cli.need-input', { what: '上一份通报文件（.tongbao、.txt、.html 或 .docx）' })
    if (!values.output) throw new UsageError('cli.need-output', { example: 'new.tongbao' })
    const mode = (values.mode ?? 'follow-up') as NextRoundMode
    if (!MODES.includes(mode)) throw new UsageError('cli.bad-mode', { value: values.mode ?? '' })
    if (values['keep-aspects'] && mode !== 'new-round') throw new UsageError('cli.keep-aspects-needs-new-round')
    await guardOutputs([values.output], [file], values.overwrite ?? false)
    const { notice: previous } = await loadInput(file)
    const { notice, summary } = startNextRound(previous, mode, { keepAspects: values['keep-aspects'] === true })
    await saveProject(values.output, notice)
    io.err(`已按${NEXT_ROUND_MODE_LABEL[mode]}新建：${values.output}`)
    for (const line of summaryText(summary)) io.err(line)
    return 0
  },
}
