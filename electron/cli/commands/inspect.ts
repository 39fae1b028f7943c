import { summarize } from '../../../core/inspect/summary'
import { type Command, UsageError } from '../command'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

export const inspectCommand: Command = {
  name: 'inspect',
  summary: '显示通报的结构（--json 输出机器可读的摘要）',
  usage: 'tongbao inspect <file> [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, 1)
    const file = positionals[0]
    if (!file) throw new UsageError('cli.need-input', { what: '要查看的文件' })
    const { notice } = await loadInput(file)
    const s = summarize(notice)
    if (values.json) {
      io.out(JSON.stringify(s, null, 2))
      return 0
    }
    const flag = (b: boolean) => (b ? '有' : '无')
    io.out(`标题：${s.title}`)
    io.out(`机关：${s.issuer || '（未填）'}　类型：${s.kind}　巡视/巡察组：${s.inspector || '（未填）'}`)
    io.out(`期间：${s.period.start ?? '?'} 至 ${s.period.end ?? '?'}　反馈：${s.feedbackDate ?? '?'}`)
    io.out(
      `导语${flag(s.sections.lead)}　组织情况${flag(s.sections.organization)}　统计${flag(s.sections.statistics)}　` +
        `逐条整改${flag(s.sections.items)}（${s.items.length} 条）　下一步${flag(s.sections.nextSteps)}　联系方式${flag(s.sections.contact)}　落款${flag(s.sections.signature)}`,
    )
    return 0
  },
}
