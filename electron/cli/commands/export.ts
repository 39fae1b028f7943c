import type { Command } from '../command'

// 占位：由对应 issue 实现。
export const exportCommand: Command = {
  name: 'export',
  summary: '导出 Word 与网页',
  usage: 'tongbao export <file> --docx out.docx --html out.html',
  async run(_argv, io) {
    io.err('此命令尚未实现')
    return 2
  },
}
