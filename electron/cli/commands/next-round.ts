import { NEXT_ROUND_MODE_LABEL, type NextRoundMode, startNextRound, summaryText } from '../../../core/next-round/start-next-round'
import { saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseOutputCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

const MODES: readonly string[] = ['follow-up', 'new-round'] satisfies NextRoundMode[]

export const nextRoundCommand: Command = {
  name: 'next-round',
  summary: '从上一份通报开始：续报（同一次巡视，默认）或新一轮（新的巡视）',
  usage: 'tongbao next-round <previous> -o new.tongbao [--mode follow-up|new-round] [--keep-aspects] [--overwrite]',
  async run(argv, io) {
    const { values, inputs, output, overwrite } = parseOutputCommandArgs(
      argv,
      { mode: { type: 'string' }, 'keep-aspects': { type: 'boolean' } },
      ['上一份通报文件（.tongbao、.txt、.html 或 .docx）'],
      'new.tongbao',
    )
    const file = inputs[0]!
    const mode = (values.mode ?? 'follow-up') as NextRoundMode
    if (!MODES.includes(mode)) throw new UsageError('cli.bad-mode', { value: values.mode ?? '' })
    if (values['keep-aspects'] && mode !== 'new-round') throw new UsageError('cli.keep-aspects-needs-new-round')
    await guardOutputs([output], [file], overwrite)
    const { notice: previous } = await loadInput(file)
    const { notice, summary } = startNextRound(previous, mode, { keepAspects: values['keep-aspects'] === true })
    await saveProject(output, notice)
    io.err(`已按${NEXT_ROUND_MODE_LABEL[mode]}新建：${output}`)
    for (const line of summaryText(summary)) io.err(line)
    return 0
  },
}
