import type { Command } from '../command'

// 占位：由对应 issue 实现。
export const nextRoundCommand: Command = {
  name: 'next-round',
  summary: '从上一轮通报新建',
  usage: 'tongbao next-round <previous> -o new.tongbao',
  async run(_argv, io) {
    io.err('此命令尚未实现')
    return 2
  },
}
