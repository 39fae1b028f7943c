// 命令行的 PDF 导出：把 core/layout 的打印页交给无头 Chromium 打印（A4，字体由 Chromium 嵌入，文字可选）。
// 没有装 Chromium 时返回一句中文说明，不报英文错误。
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** 按顺序找：TONGBAO_CHROMIUM 指定的路径，再是 Debian/Ubuntu、Chrome 的常见位置。 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.TONGBAO_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null
}

export type PrintResult = { kind: 'printed'; bytes: Uint8Array } | { kind: 'failed'; message: string }

/** 打印成 PDF 字节；写文件由调用方经原子写入完成。 */
export async function printPdf(html: string, chromium = findChromium()): Promise<PrintResult> {
  if (!chromium)
    return {
      kind: 'failed',
      message: '未找到 Chromium 浏览器，无法生成 PDF。请安装 Chromium 或 Chrome，或导出 Word 后在 WPS/Word 中另存为 PDF。',
    }
  const dir = await mkdtemp(join(tmpdir(), 'tongbao-pdf-'))
  try {
    const page = join(dir, 'print.html')
    const outPath = join(dir, 'out.pdf')
    await writeFile(page, html)
    await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${outPath}`,
        pathToFileURL(page).href,
      ],
      {
        timeout: 120_000,
      },
    )
    return existsSync(outPath)
      ? { kind: 'printed', bytes: new Uint8Array(await readFile(outPath)) }
      : { kind: 'failed', message: 'Chromium 没有生成 PDF。请改用导出 Word 后另存为 PDF。' }
  } catch {
    return { kind: 'failed', message: 'Chromium 打印 PDF 时出错。请改用导出 Word 后另存为 PDF。' }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
