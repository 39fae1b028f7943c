import { InspectionKindSchema } from '../../../core/model/notice'
import { createNotice } from '../../../core/template/new-notice'
import { saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseCommandArgs } from '../parse-args'

export const newCommand: Command = {
  name: 'new',
  summary: '按模板新建一份空白通报',
  usage: 'tongbao new --kind 巡视|巡察 -o draft.tongbao [--overwrite]',
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { kind: { type: 'string' }, output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } },
      0,
    )
    const kind = InspectionKindSchema.safeParse(values.kind)
    if (!kind.success) throw new UsageError('cli.need-kind')
    if (!values.output) throw new UsageError('cli.need-output', { example: 'draft.tongbao' })
    await guardOutputs([values.output], [], values.overwrite ?? false)
    await saveProject(values.output, createNotice(kind.data))
    io.err(`已新建${kind.data}整改通报：${values.output}`)
    return 0
  },
}
