// 在测试运行时用 Debian 的 LibreOffice 和 Chromium 把 Tongbao 导出的样例转成 PDF、.doc（不提交任何生成的文件）。
// 每种目标格式一次 soffice 调用，处理全部文件。
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM } from '../e2e/support/browser'

export const FONTCONFIG_FILE = resolve('test/.fontconfig/fonts.conf')

export function requireTool(cmd: string, args: string[], pkg: string): void {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' })
  } catch {
    throw new Error(`缺少 ${cmd}：这项测试要用 Debian 的 ${pkg} 转换样例。请先运行 scripts/install-test-deps.sh。`)
  }
}

/** 一次 soffice 调用把 files 全部转成 target（如 'pdf'、'doc'），写到 outdir。profile 是本次运行专用的用户目录。 */
export function soffice(files: string[], target: string, outdir: string, profile: string, infilter?: string): void {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      target,
      '--outdir',
      outdir,
      ...files,
    ],
    { env: { ...process.env, FONTCONFIG_FILE }, stdio: 'ignore', timeout: 300_000 },
  )
}

/**
 * Word 导出 → PDF（LibreOffice）。LibreOffice 7.4 把“允许标点溢出边界”（中文段落的默认）排在版心外的句读
 * 从 PDF 里整个丢掉（满行末尾的“、”“。”不见了，pdftotext 同样读不到），PDF 本身就少了字。所以先转成 .fodt，
 * 把 punctuation-wrap="hanging" 换成 "simple"（标点挤进行内，换行位置随之变化），再转 PDF。两次调用，各处理全部文件。
 */
export function docxToPdf(docxFiles: string[], outdir: string, profile: string): void {
  soffice(docxFiles, 'fodt', outdir, profile)
  const fodts = readdirSync(outdir)
    .filter((f) => f.endsWith('.fodt'))
    .map((f) => join(outdir, f))
  for (const f of fodts) writeFileSync(f, readFileSync(f, 'utf8').replaceAll('punctuation-wrap="hanging"', 'punctuation-wrap="simple"'))
  soffice(fodts, 'pdf', outdir, profile)
}

/** Chromium 打印网页（A4，页眉页脚关闭，即 page.pdf() 的默认）。 */
export async function printHtml(pages: { html: string; pdf: string }[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
    env: { ...process.env, FONTCONFIG_FILE },
  })
  try {
    const page = await browser.newPage()
    for (const p of pages) {
      await page.setContent(readFileSync(p.html, 'utf8'), { waitUntil: 'load' })
      writeFileSync(p.pdf, await page.pdf({ format: 'A4' }))
    }
  } finally {
    await browser.close()
  }
}
