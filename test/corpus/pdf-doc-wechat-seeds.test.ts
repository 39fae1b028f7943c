// 验收：上一轮的通报常见的样子——网站上的 PDF、旧版 Word（.doc）、公众号文章。每份样例先导入、再用 Tongbao
// 导出 Word 和网页，然后由别的程序转换：LibreOffice 打印 Word 成 PDF、Chromium 打印网页成 PDF、LibreOffice
// 转成 .doc；另有 LibreOffice 直接排版样例纯文本的 PDF（默认样式，行宽、缩进与 22×28 的公文版心都不同），
// 以及包成公众号网页、从公众号复制出来的 HTML。各自导入后：结构与人工读法逐项一致（与 `tongbao inspect --json`
// 同一份摘要），文本逐句保真 100%。转换在本文件开始时做一次（每种格式一次 soffice 调用），各测试共用。
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noticeTitle } from '../../core/derive/title'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlPage } from '../../core/export/html/index'
import { textFidelity } from '../../core/import/fidelity'
import { importNotice } from '../../core/import/index'
import { importFromText } from '../../core/import/import-from-text'
import { summarize } from '../../core/inspect/summary'
import type { Notice } from '../../core/model/notice'
import { isOpenError } from '../../core/project/errors'
import { runCli } from '../../electron/cli/main'
import { prng } from '../import/support/prng'
import { wechatCopy, wechatPage } from '../import/support/wechat-page'
import { docxToPdf, printHtml, requireTool, soffice } from '../support/office-fixtures'
import { SEEDS_DIR, seedNames, seedText } from '../support/seeds'
import { expectedChecks } from './expected-checks'
import { seedBodyParagraphs } from './seed-body'

const work = mkdtempSync(join(tmpdir(), 'tongbao-pdf-doc-'))
const dir = (d: string) => join(work, d)
const base = (seed: string) => seed.replace(/\.txt$/, '')
const originals = new Map<string, Notice>()

beforeAll(async () => {
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui')
  for (const d of ['export', 'lo-pdf', 'doc', 'txt', 'txt-pdf', 'chromium-pdf', 'wechat']) mkdirSync(dir(d), { recursive: true })
  const docx: string[] = []
  const html: { html: string; pdf: string }[] = []
  for (const seed of seedNames()) {
    const notice = importFromText(seedText(seed)).notice
    originals.set(seed, notice)
    const b = base(seed)
    writeFileSync(join(dir('export'), `${b}.docx`), await exportDocx(notice))
    writeFileSync(join(dir('export'), `${b}.html`), exportHtmlPage(notice))
    docx.push(join(dir('export'), `${b}.docx`))
    html.push({ html: join(dir('export'), `${b}.html`), pdf: join(dir('chromium-pdf'), `${b}.pdf`) })
    copyFileSync(join(SEEDS_DIR, seed), join(dir('txt'), seed))
    const [title, ...rest] = seedBodyParagraphs(seed).map((p) => p.trim())
    writeFileSync(join(dir('wechat'), `${b}.html`), wechatPage(title!, rest))
    writeFileSync(join(dir('wechat'), `${b}.copy.html`), wechatCopy(title!, rest))
  }
  const profile = dir('lo-profile')
  docxToPdf(docx, dir('lo-pdf'), profile)
  soffice(docx, 'doc', dir('doc'), profile)
  soffice(
    seedNames().map((s) => join(dir('txt'), s)),
    'pdf',
    dir('txt-pdf'),
    profile,
    'Text (encoded):UTF8,LF,,,',
  )
  await printHtml(html)
}, 600_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Format {
  label: string
  file: (seed: string) => string
  /** Word 和网页导出总印着标题（没有标题的样例由元数据推导出一个），它是被导入文件的一部分 */
  printsDerivedTitle?: true
}

const FORMATS: Format[] = [
  { label: 'LibreOffice 打印的 Word 导出（PDF）', file: (s) => join(dir('lo-pdf'), `${base(s)}.pdf`), printsDerivedTitle: true },
  { label: 'Chromium 打印的网页导出（PDF）', file: (s) => join(dir('chromium-pdf'), `${base(s)}.pdf`), printsDerivedTitle: true },
  { label: 'LibreOffice 排版的纯文本（PDF）', file: (s) => join(dir('txt-pdf'), `${base(s)}.pdf`) },
  { label: 'LibreOffice 转成的 .doc', file: (s) => join(dir('doc'), `${base(s)}.doc`), printsDerivedTitle: true },
  { label: '公众号网页', file: (s) => join(dir('wechat'), `${base(s)}.html`) },
  { label: '从公众号复制的 HTML', file: (s) => join(dir('wechat'), `${base(s)}.copy.html`) },
]

const table: string[] = []
afterAll(() => console.log(['格式 | 样例 | 结构检查 | 文本保真', ...table].join('\n')))

describe.each(FORMATS)('$label', (format) => {
  for (const seed of seedNames()) {
    it(seed, async () => {
      const file = format.file(seed)
      const { notice } = await importNotice({ name: file, bytes: readFileSync(file) })
      const checks = expectedChecks(seed, summarize(notice))
      const original = originals.get(seed)!
      const derivedTitle = format.printsDerivedTitle && !original.parts.includes('title') ? [noticeTitle(original)] : []
      const f = textFidelity([...derivedTitle, ...seedBodyParagraphs(seed)], notice)
      table.push(`${format.label} | ${seed} | ${checks.filter((c) => c.ok).length}/${checks.length} | ${(f.score * 100).toFixed(2)}%`)
      expect(checks.filter((c) => !c.ok)).toEqual([])
      expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
    })
  }
})

describe('命令行读 PDF 和 .doc', () => {
  const seed = () => seedNames()[0]!
  it.each([
    ['PDF', (s: string) => join(dir('lo-pdf'), `${base(s)}.pdf`)],
    ['.doc', (s: string) => join(dir('doc'), `${base(s)}.doc`)],
  ])('tongbao inspect --json 读 %s：摘要与直接导入相同，文件一字节不变', async (_label, fileOf) => {
    const file = fileOf(seed())
    const before = readFileSync(file)
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['inspect', file, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) })
    expect({ code, err }).toEqual({ code: 0, err: [] })
    const { notice } = await importNotice({ name: file, bytes: readFileSync(file) })
    expect(JSON.parse(out.join('\n'))).toEqual(JSON.parse(JSON.stringify(summarize(notice))))
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('.wps：WPS 2000 以后的 .wps 与 .doc 同构，改名为 .wps 的 .doc 照样导入，结果相同', async () => {
    const doc = join(dir('doc'), `${base(seed())}.doc`)
    const wps = join(work, 'renamed.wps')
    copyFileSync(doc, wps)
    const a = await importNotice({ name: doc, bytes: readFileSync(doc) })
    const b = await importNotice({ name: wps, bytes: readFileSync(wps) })
    expect(summarize(b.notice)).toEqual(summarize(a.notice))
  })
})

describe('残缺的真实 PDF（LibreOffice 打印的样例）', () => {
  it('截断、改字节：中文说明或读出结果，不抛别的异常', async () => {
    const seed = seedNames()[2]!
    const good = new Uint8Array(readFileSync(join(dir('lo-pdf'), `${base(seed)}.pdf`)))
    const r = prng(2024)
    const variants = [
      ...Array.from({ length: 5 }, () => good.slice(0, r.int(good.length))),
      ...Array.from({ length: 5 }, () => {
        const b = good.slice()
        for (let k = 0; k < 30; k++) b[r.int(b.length)] = r.int(256)
        return b
      }),
    ]
    for (const bytes of variants) {
      try {
        await importNotice({ name: 'a.pdf', bytes })
      } catch (e) {
        if (!isOpenError(e)) throw e
        expect(e.message).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })
})
