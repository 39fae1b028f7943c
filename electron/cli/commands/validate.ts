import type { Command } from '../command'

// 占位：由对应 issue 实现。
export const validateCommand: Command = {
  name: 'validate',
  summary: '检查通报的完整性与一致性',
  usage: 'tongbao validate <file> [--json]',
  async run(_argv, io) {
    io.err('此命令尚未实现')
    return 2
  },
}
