// 桌面版的渲染进程（宿主换成一个记录调用的假 window.tongbao）：直接打开文件启动时也提示恢复副本；
// 文档身份每次变化（打开、恢复、另存为、回到开始页）都告诉宿主。
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { type App, openApp } from './support/app'

let app: App
let page: Page

interface FakeSetup {
  opened: string
  recovered: string
}

/** 在页面脚本之前装上的假宿主（与 preload 暴露的 window.tongbao 同形）。 */
function installFakeHost({ opened, recovered }: FakeSetup) {
  const calls: unknown[][] = []
  const enc = (s: string) => new TextEncoder().encode(s)
  const w = window as unknown as { tongbao: unknown; __calls: unknown[][] }
  w.__calls = calls
  let pending: unknown = { ref: { path: '/docs/甲.tongbao', name: '甲.tongbao' }, bytes: enc(opened) }
  w.tongbao = {
    platform: 'electron',
    pickFile: async () => ({ ok: true, file: null }),
    readRecent: async () => ({ ok: false, code: 'recent.missing', params: { name: '无' } }),
    recentFiles: async () => [],
    saveProject: async (_ref: unknown, _text: string, options: { saveAs: boolean }) => {
      calls.push(['saveProject', options.saveAs])
      return { ok: true, kind: 'saved', ref: { path: '/docs/乙.tongbao', name: '乙.tongbao' }, savedAt: new Date().toISOString() }
    },
    saveExport: async () => ({ ok: true, kind: 'cancelled' }),
    revealInFolder: async () => {},
    autosave: async () => ({ ok: true }),
    discardAutosave: async () => ({ ok: true }),
    discardRecovery: async () => ({ ok: true }),
    listRecovery: async () => [
      { id: '0123456789abcdef', documentPath: '/docs/甲.tongbao', title: '甲的未保存修改', savedAt: new Date().toISOString() },
    ],
    restoreRecovery: async () => ({ ok: true, text: recovered }),
    setDirty: () => {},
    setCurrentDocument: (ref: unknown) => void calls.push(['setCurrentDocument', ref]),
    onMenuCommand: () => () => {},
    initialFile: async () => {
      const f = pending
      pending = null
      return f
    },
  }
}

const withTitle = (title: string) => {
  const n = sampleNotice()
  n.title.override = title
  return serializeProject(n)
}

const calls = () => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls)
const lastDocument = async () => (await calls()).filter((c) => c[0] === 'setCurrentDocument').at(-1)?.[1]
const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

beforeAll(async () => {
  app = await openApp()
  page = app.page
  page.on('dialog', (d) => void d.accept())
  await page.addInitScript(installFakeHost, {
    opened: withTitle('双击打开的通报标题'),
    recovered: withTitle('恢复副本里的通报标题'),
  } satisfies FakeSetup)
  await page.goto(app.url)
})

afterAll(async () => {
  await app?.close()
})

describe('直接打开文件启动', () => {
  it('打开文件，同时提示有未保存的副本；宿主得知窗口里是这个文件', async () => {
    // 打开在 Web Worker 里进行（先加载 Worker 的模块），比一秒的默认等待长。
    await expect.poll(paperText, { timeout: 20_000 }).toContain('双击打开的通报标题')
    const offer = page.getByRole('region', { name: '恢复未保存的文档' })
    await expect.poll(() => offer.innerText()).toContain('甲的未保存修改')
    expect(await offer.innerText()).toContain('即当前打开的文件')
    expect(await lastDocument()).toEqual({ path: '/docs/甲.tongbao', name: '甲.tongbao' })
  })

  it('点“恢复”换成副本的内容，提示消失', async () => {
    await page.getByRole('button', { name: '恢复：甲的未保存修改' }).click()
    await expect.poll(paperText, { timeout: 20_000 }).toContain('恢复副本里的通报标题')
    expect(await page.getByRole('region', { name: '恢复未保存的文档' }).count()).toBe(0)
    expect(await lastDocument()).toEqual({ path: '/docs/甲.tongbao', name: '甲.tongbao' })
  })

  it('另存为之后宿主得知新文件；回到开始页时得知窗口里已没有文档', async () => {
    await page.getByRole('button', { name: '另存为' }).click()
    await expect.poll(lastDocument).toEqual({ path: '/docs/乙.tongbao', name: '乙.tongbao' })
    await page.getByRole('button', { name: '新建…' }).click()
    await expect.poll(() => page.getByRole('button', { name: '新建巡视整改通报' }).count()).toBe(1)
    expect(await lastDocument()).toBeNull()
    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => paperText().catch(() => '')).toContain('巡视整改进展情况的通报')
    expect(await lastDocument()).toBeNull()
  })
})
