import type { Command } from '../command'

// 占位：由对应 issue 实现。
export const importCommand: Command = {
  name: 'import',
  summary: '导入 .txt/.html/.docx 通报为工程文件',
  usage: 'tongbao import <file> -o out.tongbao',
  async run(_argv, io) {
    io.err('此命令尚未实现')
    return 2
  },
}
