// 基准：导入并汇总（inspect）最大的样例，进程内计时，目标中位数 < 50 ms。
import { importNotice } from '../../core/import/index'
import { summarize } from '../../core/inspect/summary'
import { largestSeed, seedText } from '../support/seeds'
import { minimalDocx } from '../import/support/minimal-docx'
import { type BenchRow, measure } from './harness'

export async function run(): Promise<BenchRow[]> {
  const name = largestSeed()
  const bytes = new TextEncoder().encode(seedText(name))
  const html = new TextEncoder().encode(
    `<html><body>${seedText(name)
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</body></html>`,
  )
  const text = await measure(async () => summarize((await importNotice({ name, bytes })).notice), 30, 5)
  const page = await measure(async () => summarize((await importNotice({ name: 'page.html', bytes: html })).notice), 30, 5)
  const docx = minimalDocx(
    seedText(name)
      .split('\n')
      .filter((l) => l.trim()),
  )
  const word = await measure(async () => summarize((await importNotice({ name: 'notice.docx', bytes: docx })).notice), 30, 5)
  const kb = (bytes.length / 1024).toFixed(0)
  return [
    { name: `import + inspect ${name} (.txt, ${kb} KB)`, ...text, targetMs: 50 },
    { name: `import + inspect ${name} (.html)`, ...page, targetMs: 50 },
    { name: `import + inspect ${name} (.docx, mammoth)`, ...word, note: '（.docx 另含解压与 mammoth 转换，仅供参考）' },
  ]
}
