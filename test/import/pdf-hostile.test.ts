// 敌意与残缺的 PDF：扫描件（只有图片）、一万页、页面树成环、表单画自己、谎报页数、截断、乱码、读取超时。
// 每一例都在时限内以中文说明结束（或读出结果），不抛别的异常，不挂起；扫描件在命令行以退出码 2 结束。
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { readPdfText } from '../../core/import/pdf/read-pdf'
import { NoticeSchema } from '../../core/model/notice'
import { isOpenError } from '../../core/project/errors'
import { runCli } from '../../electron/cli/main'
import { prng } from './support/prng'
import { cyclicPageTreePdf, imageOnlyPdf, manyPagesPdf, selfDrawingFormPdf, textPdf, tinyPdf } from './support/tiny-pdf'

const work = mkdtempSync(join(tmpdir(), 'tongbao-pdf-hostile-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** 导入，返回失败的代码（成功时为 'ok'）；除 OpenError 外的异常照样抛出，测试即失败。 */
async function outcome(bytes: Uint8Array, name = 'a.pdf'): Promise<string> {
  try {
    const { notice } = await importNotice({ name, bytes })
    NoticeSchema.parse(notice)
    return 'ok'
  } catch (e) {
    if (!isOpenError(e)) throw e
    expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    return e.code
  }
}

describe('扫描件（没有文字层）', () => {
  it('命令行：中文说明“没有文字层”，退出码 2，不生成空通报', async () => {
    const file = join(work, '扫描件.pdf')
    writeFileSync(file, imageOnlyPdf())
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['inspect', file, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) })
    expect(code).toBe(2)
    expect(out).toEqual([])
    expect(err.join('\n')).toMatch(/没有文字层.*OCR/)
  })

  it('导入：代码为 import.pdf-no-text', async () => {
    expect(await outcome(imageOnlyPdf())).toBe('import.pdf-no-text')
  })
})

describe('有上限，不挂起', () => {
  it('一万页：拒绝，说明页数和上限', async () => {
    await expect(importNotice({ name: 'big.pdf', bytes: manyPagesPdf(10_000) })).rejects.toMatchObject({
      code: 'import.pdf-too-many-pages',
      params: { pages: 10000, max: 500 },
    })
  })

  it('页面树成环：说明文件损坏', async () => {
    expect(await outcome(cyclicPageTreePdf())).toBe('import.pdf-damaged')
  })

  it('表单 XObject 画自己（无限递归的对象图）：读完即止', async () => {
    const pages = await readPdfText(selfDrawingFormPdf())
    expect(pages.flatMap((p) => p.items.map((i) => i.str)).join('')).toBe('loop')
  })

  it('谎报页数（/Count 十亿）：按页数上限拒绝，或按实有的页读', async () => {
    const lying = tinyPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ])
    expect(await outcome(lying)).toMatch(/^import\.(pdf-too-many-pages|pdf-damaged|pdf-no-text)$/)
  })

  it('读取超过时限：停止并说明', async () => {
    await expect(readPdfText(manyPagesPdf(50), { maxPages: 500, maxItems: 1_000_000, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'import.pdf-timeout',
    })
  })

  it('文字块超过上限：拒绝', async () => {
    await expect(readPdfText(manyPagesPdf(5), { maxPages: 500, maxItems: 3, timeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'import.pdf-too-many-items',
    })
  })
})

describe('残缺和乱码', () => {
  const good = textPdf(['This is a plain English letter with', 'enough words to pass the text check.'])

  it('完好的西文 PDF 读得出文字，但不是通报', async () => {
    expect(await outcome(good)).toBe('import.not-a-notice')
  })

  it('扩展名是 .pdf 而内容不是', async () => {
    expect(await outcome(new TextEncoder().encode('中共某某县委关于巡察整改情况的通报'))).toBe('import.pdf-not-pdf')
  })

  it('截断、改字节、随机字节：中文说明或读出结果，不抛别的异常', async () => {
    const r = prng(19)
    const variants: Uint8Array[] = []
    for (let i = 0; i < 8; i++) variants.push(good.slice(0, 5 + r.int(good.length - 5)))
    for (let i = 0; i < 8; i++) {
      const b = good.slice()
      for (let k = 0; k < 6; k++) b[r.int(b.length)] = r.int(256)
      variants.push(b)
    }
    for (let i = 0; i < 4; i++) {
      const b = new Uint8Array(2000)
      b.set(new TextEncoder().encode('%PDF-1.7\n'))
      for (let k = 9; k < b.length; k++) b[k] = r.int(256)
      variants.push(b)
    }
    for (const v of variants) expect(await outcome(v)).toMatch(/^(ok|import\.(pdf-no-text|not-a-notice|pdf-damaged|pdf-not-pdf|empty))$/)
  })

  it('调用方的字节不被 pdfjs 转移或改动', async () => {
    const bytes = imageOnlyPdf()
    const copy = bytes.slice()
    await outcome(bytes)
    expect(bytes).toEqual(copy)
    expect(readFileSync(join(work, '扫描件.pdf'))).toEqual(Buffer.from(copy))
  })
})
