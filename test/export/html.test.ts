// 验收：网页导出在 Chromium 中经 axe-core 检查零违规，Nu HTML Checker 零错误；
// 把 30 多种注入写法填进每个文字字段，导出的网页不多出任何元素或属性。
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlFragment, exportHtmlPage } from '../../core/export/html/index'
import { unzipSync, strFromU8 } from 'fflate'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/browser'
import { sampleNotice } from '../support/sample-notice'
import { injectEverywhere } from './support/inject'
import { longNotice } from './support/long-notice'
import { tempDir, writeTemp } from './support/render'
import { elements, htmlLines } from './support/texts'
import { XSS_PAYLOADS } from './support/xss-payloads'

const run = promisify(execFile)
const ROOT = join(__dirname, '../..')
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar')
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js')

/** 片段放进最小的文档里再交给 vnu（片段本身没有 doctype 与 title）。 */
function wrapFragment(fragment: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>片段</title></head><body><main>${fragment}</main></body></html>`
}

const sample = sampleNotice()
const long = longNotice({ aspects: 3, problemsPerAspect: 2, measuresPerProblem: 3, sentences: 2 })
const pages = { sample: exportHtmlPage(sample), long: exportHtmlPage(long) }
const fragment = exportHtmlFragment(sample)

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

async function axeViolations(html: string, viewport = { width: 1280, height: 900 }) {
  // 页面的 CSP 禁止一切脚本；注入 axe 须绕过 CSP。
  const context = await browser.newContext({ bypassCSP: true, viewport })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.addScriptTag({ path: AXE })
    return (await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run()
      return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }))
    })) as { id: string; nodes: number }[]
  } finally {
    await context.close()
  }
}

describe('网页无障碍与合规', () => {
  it.each(Object.keys(pages))('axe-core 在 Chromium 中对 %s 页面报告 0 项违规', async (name) => {
    expect(await axeViolations(pages[name as keyof typeof pages])).toEqual([])
  })

  it('axe-core 对片段（放进页面后）报告 0 项违规', async () => {
    expect(await axeViolations(wrapFragment(`<h1>标题</h1>${fragment}`))).toEqual([])
  })

  it('Nu HTML Checker 对页面与片段报告 0 个错误', async () => {
    const dir = tempDir('vnu')
    const files = [
      writeTemp(dir, 'sample.html', pages.sample),
      writeTemp(dir, 'long.html', pages.long),
      writeTemp(dir, 'fragment.html', wrapFragment(fragment)),
    ]
    const result = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (e: { stdout: string; stderr: string }) => e,
    )
    const messages = (JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { type: string; message: string }[] })
      .messages
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
  }, 120_000)

  it('关怀版：不用脚本，勾选后正文字号变大', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.setContent(pages.sample)
      const size = () =>
        page
          .locator('article > p')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
      const before = await size()
      await page.getByText('关怀版').click()
      const after = await size()
      expect(before).toBeGreaterThanOrEqual(18)
      expect(after).toBeGreaterThan(before * 1.3)
    } finally {
      await context.close()
    }
  })

  it('320 px 宽的屏幕上不出现横向滚动', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.setContent(pages.long)
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
      expect(scroll).toBeLessThanOrEqual(client)
    } finally {
      await context.close()
    }
  })

  it('页面结构：lang、唯一 h1、元数据、无脚本与外部资源', () => {
    const html = pages.sample
    const els = elements(html)
    expect(els.find((e) => e.name === 'html')?.attribs.lang).toBe('zh-CN')
    const h1 = els.filter((e) => e.name === 'h1')
    expect(h1).toHaveLength(1)
    const meta = Object.fromEntries(els.filter((e) => e.name === 'meta' && e.attribs.name).map((e) => [e.attribs.name, e.attribs.content]))
    expect(meta.ArticleTitle).toBe(htmlLines(html)[0])
    expect(meta.PubDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(meta.ContentSource).toBe(sample.meta.issuer.fullName)
    expect(els.some((e) => e.name === 'script')).toBe(false)
    expect(els.some((e) => Object.keys(e.attribs).some((a) => a.startsWith('on')))).toBe(false)
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//)
    expect(html).not.toMatch(/@import|url\(/)
    // 屏幕样式里字号只用 rem/em（适老化：浏览器与 CMS 的放大工具才起作用）。
    const screenCss = html.slice(html.indexOf('<style>'), html.indexOf('@media print'))
    expect(screenCss).not.toMatch(/font-size:\s*[\d.]+(px|pt)/)
    // 打印样式复现公文版面（H-PRINT-01）：A4，天头 37、翻口 26、下白边 35、订口 28 mm，3号字、行距 28.95 pt。
    const printCss = html.slice(html.indexOf('@media print'), html.indexOf('</style>'))
    expect(printCss).toContain('@page{size:A4;margin:37mm 26mm 35mm 28mm}')
    expect(printCss).toMatch(/font-size:16pt;line-height:28\.95pt/)
  })

  it('来源是发文机关；导入网页时抓到的来源（网站名）不作来源', () => {
    const n = structuredClone(sample)
    n.meta.publication.source = '浙江省纪委省监委网站'
    const html = exportHtmlPage(n)
    expect(html).toContain('来源：中共青山县委')
    expect(html).toContain('<meta name="ContentSource" content="中共青山县委">')
    expect(html).not.toContain('浙江省纪委省监委网站')
  })

  it('片段只带规范白名单里的属性（§5.4；不带 style），落款与日期带 class', () => {
    const els = elements(fragment)
    expect(els.length).toBeGreaterThan(5)
    const allowed = new Set(['id', 'class', 'href', 'datetime', 'scope', 'colspan', 'rowspan', 'lang', 'aria-labelledby'])
    for (const e of els) for (const a of Object.keys(e.attribs)) expect(allowed, `${e.name}@${a}`).toContain(a)
    expect(els.filter((e) => e.attribs.class).map((e) => e.attribs.class)).toEqual(['signature', 'date'])
    expect(els.some((e) => e.name === 'style' || e.name === 'script')).toBe(false)
    expect(htmlLines(fragment)).toEqual(htmlLines(pages.sample).slice(1))
  })
})

/** 元素名与属性名的集合，形如 p、p@class。 */
function shape(html: string): Set<string> {
  const out = new Set<string>()
  for (const e of elements(html)) {
    out.add(e.name)
    for (const a of Object.keys(e.attribs)) out.add(`${e.name}@${a}`)
  }
  return out
}

describe('用户文字不会成为标记', () => {
  // 对照：同样的字段填入无害文字（含加粗、倾斜片段），即“模板”本来会有的元素与属性。
  const baseline = injectEverywhere(sample, '甲')
  const cleanPage = shape(exportHtmlPage(baseline))
  const cleanFragment = shape(exportHtmlFragment(baseline))
  const cleanIds = elements(exportHtmlPage(baseline)).flatMap((e) => (e.attribs.id ? [e.attribs.id] : []))

  it(`收录了至少 30 种注入写法（${XSS_PAYLOADS.length} 种）`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30)
  })

  it.each(XSS_PAYLOADS)('注入 %j 后网页与片段的元素、属性都不超出模板', (payload) => {
    const notice = injectEverywhere(sample, payload)
    const page = exportHtmlPage(notice)
    const frag = exportHtmlFragment(notice)
    expect([...shape(page)].filter((s) => !cleanPage.has(s))).toEqual([])
    expect([...shape(frag)].filter((s) => !cleanFragment.has(s))).toEqual([])
    expect(elements(page).flatMap((e) => (e.attribs.id ? [e.attribs.id] : []))).toEqual(cleanIds)
    // 文字本身没有丢：清理掉控制符与双向控制符之后原样出现在标题里。
    // oxlint-disable-next-line no-control-regex -- 测试控制字符被去掉
    const visible = payload.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    expect(htmlLines(page)[0]).toBe(`关于${visible}的通报`)
    // oxlint-disable-next-line no-control-regex -- 测试控制字符被去掉
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0008]/)
  })

  it('注入写法同样写进 Word 文件，document.xml 中没有多出的元素', async () => {
    const clean = strFromU8(unzipSync(await exportDocx(injectEverywhere(sample, '甲')))['word/document.xml']!)
    const tagsOf = (xml: string) => new Set([...xml.matchAll(/<([\w:]+)[\s/>]/g)].map((m) => m[1]))
    const cleanTags = tagsOf(clean)
    for (const payload of XSS_PAYLOADS) {
      const xml = strFromU8(unzipSync(await exportDocx(injectEverywhere(sample, payload)))['word/document.xml']!)
      expect([...tagsOf(xml)].filter((t) => !cleanTags.has(t))).toEqual([])
    }
  })
})
