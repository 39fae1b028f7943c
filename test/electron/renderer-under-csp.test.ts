// 渲染进程在桌面版 CSP 下照常工作。
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ORIGIN, serveAppRequest } from '../../electron/main/security/app-protocol'
import { minimalDocx } from '../import/support/minimal-docx'
import { seedText } from '../support/seeds'

/**
 * 桌面版的内容安全策略不能把页面自己挡住：把渲染进程照发布方式构建出来，经主进程的同一个协议处理函数
 * （同样的 CSP 头）送给 Chromium，像用户一样新建一份通报、打开预览，期间不得有任何被 CSP 拒绝的脚本、样式或请求。
 * 需要 Debian 的 Chromium（scripts/install-test-deps.sh 安装）；没有时跳过。
 */

const root = resolve(import.meta.dirname, '../..')
const SEED = '001_a2fdee0aed3fff2e.txt'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = existsSync(CHROMIUM)

let dir: string
let server: Server
let url: string
let context: BrowserContext
let userData: string

beforeAll(async () => {
  if (!haveChromium) return
  dir = await mkdtemp(join(tmpdir(), 'tongbao-csp-'))
  await build({
    configFile: join(root, 'renderer/vite.web.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(dir, 'renderer'), emptyOutDir: true },
  })
  // 与 tongbao://app/ 同一个处理函数：http 路径原样映射到协议地址。
  server = createServer((req, res) => {
    void serveAppRequest({ url: APP_ORIGIN + (req.url ?? '/'), method: req.method ?? 'GET' }, join(dir, 'renderer')).then(async (r) => {
      res.writeHead(r.status, Object.fromEntries(r.headers))
      res.end(Buffer.from(await r.arrayBuffer()))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  userData = await mkdtemp(join(tmpdir(), 'tongbao-csp-chromium-'))
  context = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    locale: 'zh-CN',
  })
}, 180_000)

afterAll(async () => {
  await context?.close()
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  if (dir) await rm(dir, { recursive: true, force: true })
  if (userData) await rm(userData, { recursive: true, force: true })
})

describe.skipIf(!haveChromium)('渲染进程在桌面版的 CSP 下', () => {
  it('开始页、新建的通报、预览和导入（Web Worker）都正常，没有被 CSP 拒绝的内容', async () => {
    const page = await context.newPage()
    const violations: string[] = []
    const errors: string[] = []
    await page.exposeFunction('__cspViolation', (v: string) => void violations.push(v))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ;(window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        )
      })
    })
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => void errors.push(e.message))
    const response = await page.goto(url)
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'/)

    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => page.getByRole('article', { name: '通报正文' }).isVisible(), { timeout: 20_000 }).toBe(true)
    await page.getByRole('textbox', { name: '逐条整改（正文编辑区）' }).click()
    await page.keyboard.type('一、关于政治建设方面')
    await page.keyboard.press('Control+p')
    await page.waitForTimeout(1500)

    // 导入在 Web Worker 里运行（worker-src 'self'），Worker 里的 mammoth 与 zod 同样不得触发 CSP。
    await page.goto(url)
    const workers: string[] = []
    page.on('worker', (w) => void workers.push(w.url()))
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({
      name: '通报.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(
        minimalDocx(
          seedText(SEED)
            .split('\n')
            .filter((l) => l.trim()),
        ),
      ),
    })
    await expect
      .poll(
        () =>
          page
            .getByRole('article', { name: '通报正文' })
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain('整改')
    expect(workers.some((u) => /import-worker/.test(u))).toBe(true)

    // 包括 zod 4 的 eval 试探：渲染进程开头的 z.config({ jitless: true }) 免去了它（renderer/zod-jitless.ts）。
    expect(violations).toEqual([])
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([])
  })
})
