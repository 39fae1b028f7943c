import { formatMessage } from '../../core/messages/format'
import { isTongbaoError } from '../../core/messages/tongbao-error'
import { type CliIo, type Command, UsageError } from './command'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { importLedgerCommand } from './commands/import-ledger'
import { mergeReviewCommand } from './commands/merge-review'
import { inspectCommand } from './commands/inspect'
import { newCommand } from './commands/new'
import { nextRoundCommand } from './commands/next-round'
import { validateCommand } from './commands/validate'

const COMMANDS: Command[] = [
  newCommand,
  inspectCommand,
  importCommand,
  importLedgerCommand,
  nextRoundCommand,
  validateCommand,
  exportCommand,
  mergeReviewCommand,
]

/** 进程的输入输出；进度行只写到终端（回车回到行首、清到行尾），重定向到文件时不写。 */
export function streamIo(stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): CliIo {
  return {
    out: (t) => stdout.write(t + '\n'),
    // 终端上先清掉进度行，免得说明接在进度后面。
    err: (t) => stderr.write(stderr.isTTY ? `\r\x1b[K${t}\n` : t + '\n'),
    ...(stderr.isTTY ? { progress: (t: string) => stderr.write(`\r\x1b[K${t}`) } : {}),
  }
}

const processIo = streamIo(process.stdout, process.stderr)

function help(): string {
  return ['用法：tongbao <命令> [参数]', '', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n')
}

/** 命令行入口；返回退出码而不直接退出，便于在测试中调用。 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help())
    return name ? 0 : 2
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`${formatMessage({ code: 'cli.unknown-command', params: { command: name } })}\n\n${help()}`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n用法：${command.usage}`)
      return 2
    }
    if (isTongbaoError(e)) {
      io.err(`错误：${e.message}`)
      return 2
    }
    // 程序缺陷：给用户一句中文，原文留给维护人员（英文，带堆栈）。
    io.err(formatMessage({ code: 'cli.internal' }))
    if (process.env['TONGBAO_DEBUG']) io.err(e instanceof Error ? (e.stack ?? e.message) : String(e))
    return 2
  }
}
