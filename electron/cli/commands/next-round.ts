import { Item } from '../../../core/model/item'
import { startNextRoundWithReport } from '../../../core/next-round/start-next-round'
import { saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

export const nextRoundCommand: Command = {
  name: 'next-round',
  summary: '从上一轮通报新建（保留问题清单与联系方式，上一轮文字留作参照）',
  usage: 'tongbao next-round <previous> -o new.tongbao [--overwrite]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } }, 1)
    const file = positionals[0]
    if (!file) throw new UsageError('cli.need-input', { what: '上一轮的通报文件（.tongbao、.txt、.html 或 .docx）' })
    if (!values.output) throw new UsageError('cli.need-output', { example: 'new.tongbao' })
    await guardOutputs([values.output], [file], values.overwrite ?? false)
    const { notice: previous } = await loadInput(file)
    const { notice, roundAdvanced } = startNextRoundWithReport(previous)
    await saveProject(values.output, notice)
    const items = [...Item.all(notice)].length
    const done = [...Item.all(notice)].filter((e) => e.item.status === '已完成').length
    io.err(`已从上一轮新建：${values.output}`)
    io.err(`沿用条目 ${items} 项（其中上一轮已完成 ${done} 项），各条目附上一轮文字供参照；日期和整改进展已清空。`)
    if (roundAdvanced) io.err(`轮次：${previous.meta.roundLabel} → ${notice.meta.roundLabel}`)
    else io.err(`未能从“${previous.meta.roundLabel || '（空）'}”中认出轮次（应形如“十五届省委第二轮”），已保持不变，请在通报信息中修改。`)
    return 0
  },
}
