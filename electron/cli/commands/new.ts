import { parseArgs } from 'node:util'
import { InspectionKindSchema } from '../../../core/model/notice'
import { createNotice } from '../../../core/template/new-notice'
import { saveProject } from '../../files/project-store'
import { type Command, UsageError } from '../command'

export const newCommand: Command = {
  name: 'new',
  summary: '按模板新建一份空白通报',
  usage: 'tongbao new --kind 巡视|巡察 -o draft.tongbao',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { kind: { type: 'string' }, output: { type: 'string', short: 'o' } } })
    const kind = InspectionKindSchema.safeParse(values.kind)
    if (!kind.success) throw new UsageError('请用 --kind 指定类型：巡视 或 巡察')
    if (!values.output) throw new UsageError('请用 -o 指定输出文件，如 -o draft.tongbao')
    await saveProject(values.output, createNotice(kind.data))
    io.err(`已新建${kind.data}整改通报：${values.output}`)
    return 0
  },
}
