// 打包后的主进程入口与 preload，配假的 electron 运行。
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { runInNewContext } from 'node:vm'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeProject } from '../../core/project/project-file'
import { RENDERER_JS_FLAGS } from '../../electron/main/launch/renderer-js-flags'
import { sampleNotice } from '../support/sample-notice'

/**
 * 主进程入口 electron/main/index.ts 只能在 Electron 里运行，这里的 Electron 二进制又下载不了；
 * 于是照发布时的方式把它打成一个文件，配上一个记录调用的假 electron 模块在 Node 下启动，
 * 核对接线：单实例锁、协议、会话的安全设置、窗口选项、菜单、IPC 通道、启动参数里的文件、关窗询问。
 */

const root = resolve(import.meta.dirname, '../..')
let dir: string
let mainPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tongbao-main-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      ssr: join(root, 'electron/main/index.ts'),
      outDir: join(dir, 'out/main'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { external: ['electron'], output: { format: 'es', entryFileNames: 'index.js' } },
    },
    ssr: { noExternal: true, target: 'node' },
  })
  mainPath = join(dir, 'out/main/index.js')
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      ssr: join(root, 'electron/preload/index.ts'),
      outDir: join(dir, 'out/preload'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  })
  await cp(join(import.meta.dirname, 'support/fake-electron'), join(dir, 'node_modules/electron'), { recursive: true })
  await mkdir(join(dir, 'out/renderer'), { recursive: true })
  await writeFile(join(dir, 'out/renderer/index.html'), '<!doctype html><title>整改通报编辑器</title>')
  await mkdir(join(dir, 'home/userData'), { recursive: true })
  await writeFile(join(dir, '甲.tongbao'), serializeProject(sampleNotice()))
  await writeFile(join(dir, '乙.tongbao'), serializeProject(sampleNotice()))
}, 120_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

async function launch(files: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'node_modules/electron/drive.mjs'), mainPath, ...files], {
    cwd: dir,
    env: { ...process.env, FAKE_HOME: join(dir, 'home'), ...env },
    timeout: 60_000,
  })
  const at = stdout.lastIndexOf('@@RESULT@@')
  return at < 0 ? {} : JSON.parse(stdout.slice(at + '@@RESULT@@'.length))
}

describe('主进程入口（打包后，配假的 electron 运行）', () => {
  let r: Record<string, unknown>
  beforeAll(async () => {
    r = await launch([join(dir, '甲.tongbao'), join(dir, '乙.tongbao')])
  }, 60_000)

  it('先取单实例锁，在 ready 之前登记 tongbao: 为安全的标准协议', () => {
    expect(r.lockRequested).toBe(true)
    expect(r.privileged).toEqual({
      schemes: [{ scheme: 'tongbao', privileges: expect.objectContaining({ standard: true, secure: true }) }],
      beforeReady: true,
    })
  })

  it('在 ready 之前把页面进程的 V8 参数交给 Chromium（与测试、基准的浏览器宿主同一组）', () => {
    expect(r.switches).toEqual([{ name: 'js-flags', value: RENDERER_JS_FLAGS, beforeReady: true }])
    // 只调堆的大小：别的 V8 参数（如 --allow-natives-syntax）会削弱页面进程的隔离，要重新做安全评审（见 electron/main/index.ts）
    for (const flag of RENDERER_JS_FLAGS.split(/\s+/)) expect(flag).toMatch(/^--max-semi-space-size=\d+$/)
  })

  it('窗口以安全选项创建，从 tongbao://app/ 加载页面', () => {
    const win = r.window as { options: { webPreferences: Record<string, unknown> }; url: string }
    expect(win.url).toBe('tongbao://app/index.html')
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    })
    expect(String(win.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
  })

  it('中文菜单与全部 IPC 通道', () => {
    expect((r.menu as string[]).map((l) => l.replace(/\(&\w\)$/, ''))).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(r.channels).toContain('tongbao:save-project')
    expect(r.channels).toContain('tongbao:set-dirty')
    expect((r.channels as string[]).every((c) => c.startsWith('tongbao:'))).toBe(true)
  })

  it('导航、新窗口、权限、远程请求都被拦下', () => {
    expect(r.navigationBlocked).toBe(true)
    expect(r.windowOpen).toBe('deny')
    expect(r.permission).toBe(false)
    expect(r.permissionCheck).toBe(false)
    expect(r.remoteRequest).toEqual({ cancel: true })
    expect(r.appRequest).toEqual({ cancel: false })
  })

  it('页面经自定义协议送出，带 CSP；取不到渲染目录以外的文件', () => {
    const page = r.page as { status: number; csp: string; body: string }
    expect(page.status).toBe(200)
    expect(page.csp).toMatch(/default-src 'none'/)
    expect(page.body).toContain('整改通报编辑器')
    expect(r.escapeStatus).toBe(404)
  })

  it('命令行带来的文件交给第一个窗口；陌生来源的请求被拒绝', () => {
    expect(r.initialFile).toMatchObject({ ref: { path: join(dir, '甲.tongbao'), name: '甲.tongbao' } })
    expect(r.foreign).toBe('host.rejected-sender')
    // 两个文件各一个窗口。
    expect(r.windowCount).toBe(2)
    expect(r.quitCalls).toBe(0)
  })

  it('有未保存修改时关窗先询问；选“取消”窗口留着', () => {
    expect(r.title).toMatch(/青山县委整改通报 \*/)
    expect(r.closeAsked).toEqual([['保存', '不保存', '取消']])
    expect(r.closedAfterCancel).toBe(false)
  })

  it('已有实例在运行时，新启动的进程交出参数后退出，不开窗口', async () => {
    const second = await launch([join(dir, '甲.tongbao')], { FAKE_SECOND_INSTANCE: '1' })
    expect(second.lockRequested).toBe(true)
    expect(second.quitCalls).toBe(1)
    expect(second.windowCount).toBe(0)
  }, 60_000)
})

describe('preload（打包后，在只给 electron 的沙箱里运行）', () => {
  it('只 require electron，向页面暴露且只暴露 window.tongbao', async () => {
    const code = await readFile(join(dir, 'out/preload/index.cjs'), 'utf8')
    const required: string[] = []
    const exposed: Record<string, unknown> = {}
    // Electron 沙箱里的 preload 只能 require 少数几个模块；这里只给 electron。
    const sandboxRequire = (id: string) => {
      required.push(id)
      if (id !== 'electron') throw new Error(`sandboxed preload cannot require ${id}`)
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
        ipcRenderer: { invoke: async () => null, send() {}, on() {}, removeListener() {} },
      }
    }
    runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {} })
    expect(required).toEqual(['electron'])
    expect(Object.keys(exposed)).toEqual(['tongbao'])
    const host = exposed.tongbao as Record<string, unknown>
    expect(host.platform).toBe('electron')
    expect(Object.keys(host).sort()).toEqual(
      [
        'platform',
        'pickFile',
        'readRecent',
        'recentFiles',
        'saveProject',
        'saveExport',
        'savePdf',
        'revealInFolder',
        'autosave',
        'discardAutosave',
        'listRecovery',
        'restoreRecovery',
        'discardRecovery',
        'setDirty',
        'setCurrentDocument',
        'onMenuCommand',
        'initialFile',
      ].sort(),
    )
  })
})
