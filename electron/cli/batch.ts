// 批量处理：一个进程里逐个处理多份文件，终端上显示进度行，最后给出汇总表；退出码取最坏的一份。
import { basename } from 'node:path'
import { TongbaoError } from '../../core/messages/tongbao-error'
import type { CliIo } from './command'

/** 一份文件的结果：code 同命令的退出码（0 成功，1 有错误级问题，2 无法处理）。 */
export interface FileOutcome {
  file: string
  code: 0 | 1 | 2
  errors: number
  warnings: number
  /** 结果一栏，如“已导出”“未导出：有错误” */
  result: string
}

/** 退出码取最坏的一份：2（有文件无法处理）> 1（有错误）> 0。 */
export function worstCode(outcomes: readonly FileOutcome[]): 0 | 1 | 2 {
  return outcomes.reduce<0 | 1 | 2>((worst, o) => (o.code > worst ? o.code : worst), 0)
}

/**
 * 逐个处理；一份出错（读不了、内部错误）记为 2 并接着处理下一份，不让一份坏文件拖垮整批。
 * 进度只在 io.progress 存在时报告（命令行仅当 stderr 是终端时提供）。
 */
export async function forEachFile(
  files: readonly string[],
  verb: string,
  io: CliIo,
  handle: (file: string) => Promise<FileOutcome>,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = []
  for (const [i, file] of files.entries()) {
    io.progress?.(`${verb} ${i + 1}/${files.length}：${basename(file)}`)
    try {
      outcomes.push(await handle(file))
    } catch (e) {
      const why = e instanceof TongbaoError ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}`
      outcomes.push({ file, code: 2, errors: 0, warnings: 0, result: `无法处理：${why}` })
    }
  }
  io.progress?.('')
  return outcomes
}

/** 终端里的显示宽度：汉字与全角符号占两格。 */
function displayWidth(text: string): number {
  let w = 0
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1
  return w
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)))

/** 汇总表：文件、错误数、警告数、结果，末行合计。 */
export function summaryTable(outcomes: readonly FileOutcome[]): string {
  const header = ['文件', '错误', '警告', '结果']
  const rows = outcomes.map((o) => [o.file, String(o.errors), String(o.warnings), o.result])
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))))
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c]!)))
      .join('  ')
      .trimEnd()
  const count = (code: number) => outcomes.filter((o) => o.code === code).length
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    `共 ${outcomes.length} 份：通过 ${count(0)}，有错误 ${count(1)}，无法处理 ${count(2)}`,
  ].join('\n')
}
