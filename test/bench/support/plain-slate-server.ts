// 把对照页打包（esbuild，生产模式的 React），用 Playwright 的路由在一个虚构的地址上提供，不另起服务器。
import { build } from 'esbuild'
import { resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'

export const PLAIN_URL = 'http://plain-slate.bench/'

const CSS = `
body { margin: 0; background: #eef0f3; }
.plain { box-sizing: border-box; width: 794px; margin: 24px auto; padding: 96px 100px; background: #fff; font: 21px/1.75 serif; outline: none; }
.plain p, .plain div[data-slate-node="element"] { margin: 0; text-indent: 2em; }
.chunk.lowest { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
`

export async function servePlainSlatePage(context: BrowserContext): Promise<void> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'plain-slate-page.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: !process.env.TONGBAO_NO_MINIFY, // 与 web-server 一样：剖析时不压缩，便于读函数名
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  const script = out.outputFiles[0]!.text
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>plain slate</title><style>${CSS}</style></head><body><div id="root"></div><script src="plain.js"></script></body></html>`
  await context.route(`${PLAIN_URL}**`, (route) => {
    const js = route.request().url().endsWith('plain.js')
    return route.fulfill({ status: 200, contentType: js ? 'text/javascript' : 'text/html', body: js ? script : html })
  })
}
