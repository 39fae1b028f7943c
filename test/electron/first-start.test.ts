// 第一次启动：Electron 程序没下载下来时，npm start 用中文说明原因和办法；README 在安装命令旁写着镜像变量。
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureElectron, MIRROR, missingElectronMessage } from '../../scripts/check-electron'

const root = resolve(import.meta.dirname, '../..')

function fakeElectronPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-electron-pkg-'))
  writeFileSync(join(dir, 'package.json'), '{"name":"electron"}')
  return dir
}
const install = (dir: string) => {
  writeFileSync(join(dir, 'path.txt'), 'electron')
  mkdirSync(join(dir, 'dist'), { recursive: true })
  writeFileSync(join(dir, 'dist', 'electron'), '')
}

describe('npm start 之前的检查', () => {
  it('Electron 已在：直接继续，不下载', () => {
    const dir = fakeElectronPackage()
    install(dir)
    let downloads = 0
    expect(
      ensureElectron(
        dir,
        () => (downloads++, true),
        () => {},
      ),
    ).toBe(true)
    expect(downloads).toBe(0)
  })

  it('缺了就先下载一次；下载成功就继续', () => {
    const dir = fakeElectronPackage()
    expect(
      ensureElectron(
        dir,
        () => (install(dir), true),
        () => {},
      ),
    ).toBe(true)
  })

  it('下载失败：中文说明，点出镜像变量和浏览器版两种办法，不夹英文报错', () => {
    const dir = fakeElectronPackage()
    writeFileSync(join(dir, 'path.txt'), 'electron') // path.txt 在，程序文件不在：下载到一半失败
    const log: string[] = []
    expect(
      ensureElectron(
        dir,
        () => false,
        (t) => void log.push(t),
      ),
    ).toBe(false)
    const text = log.join('\n')
    expect(text).toMatch(/没有找到 Electron 程序/)
    expect(text).toContain(`ELECTRON_MIRROR=${MIRROR}`)
    expect(text).toContain('npm run dev:web')
    expect(text).not.toMatch(/Error|uninstall|failed/i)
  })

  it('Windows 上给出 PowerShell 与命令提示符的写法', () => {
    expect(missingElectronMessage('win32')).toContain(`$env:ELECTRON_MIRROR="${MIRROR}"`)
    expect(missingElectronMessage('win32')).toContain(`set ELECTRON_MIRROR=${MIRROR}`)
  })

  it('npm start 与 npm run dev 先做这个检查', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts.start).toMatch(/^tsx scripts\/check-electron\.ts && /)
    expect(scripts.dev).toMatch(/^tsx scripts\/check-electron\.ts && /)
  })
})

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const setup = readme.slice(readme.indexOf('## 两条命令'), readme.indexOf('\n## ', readme.indexOf('## 两条命令') + 1))

  it('“两条命令”仍是那两条：镜像变量写在说明里，不是第三条命令', () => {
    const blocks = [...setup.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim())
    expect(blocks.slice(0, 2)).toEqual(['npm install && npm start', 'npm test'])
    expect(blocks.some((b) => b.includes('ELECTRON_MIRROR'))).toBe(false)
  })

  it('安装命令旁写着 ELECTRON_MIRROR 和国内镜像', () => {
    const install = setup.indexOf('npm install && npm start')
    const mirror = setup.indexOf('ELECTRON_MIRROR')
    expect(mirror).toBeGreaterThan(install)
    expect(setup.indexOf('npm test')).toBeGreaterThan(mirror)
    expect(setup).toContain(MIRROR)
  })
})
