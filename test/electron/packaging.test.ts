// 打包配置与图标。
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** 打包配置：目标平台、文件关联与图标都齐全（真正打包要联网下载 Electron，这里只核对配置与图标文件）。 */

const root = resolve(import.meta.dirname, '../..')
const require_ = createRequire(join(root, 'node_modules', 'electron-builder', 'package.json'))
// js-yaml 是 electron-builder 自己读配置用的解析器。
const yaml = require_('js-yaml') as { load(text: string): unknown }

interface Target {
  target: string
  arch: string[]
}
const config = yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as {
  appId: string
  productName: string
  files: string[]
  extraMetadata: { main: string }
  fileAssociations: { ext: string; mimeType: string }[]
  win: { target: Target[]; icon: string }
  linux: { target: Target[]; icon: string; mimeTypes: string[]; executableName: string }
  electronFuses: Record<string, boolean>
}

/** 读 PNG 的宽高（IHDR）。 */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('electron-builder 配置', () => {
  it('Electron 熔断开关：不能当 Node 运行，不听 NODE_OPTIONS 与 --inspect，校验 asar，cookie 加密', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    })
    // 键名是 electron-builder 认得的（拼错的键会被当作未知配置，熔断开关就没有设上）。
    const scheme = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      properties: Record<string, unknown>
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
    }
    expect(scheme.properties).toHaveProperty('electronFuses')
    for (const key of Object.keys(config.electronFuses)) expect(scheme.definitions.FuseOptionsV1.properties).toHaveProperty(key)
  })

  it('程序标识与中文名', () => {
    expect(config.appId).toBe('cn.tongbao.editor')
    expect(config.productName).toBe('整改通报编辑器')
  })

  it('Windows：NSIS 安装包，x64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
  })

  it('Linux：deb 与 AppImage，x64 与 arm64（统信 UOS、麒麟）', () => {
    const byTarget = Object.fromEntries(config.linux.target.map((t) => [t.target, [...t.arch].sort()]))
    expect(byTarget).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'] })
    expect(config.linux.executableName).toMatch(/^[a-z-]+$/)
  })

  it('.tongbao 文件关联到本程序', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'tongbao', mimeType: 'application/x-tongbao' })])
    expect(config.linux.mimeTypes).toContain('application/x-tongbao')
  })

  it('入口指向 electron-vite 的主进程产物，安装包只带 out/，不带命令行（out/cli）', () => {
    expect(config.extraMetadata.main).toBe('out/main/index.js')
    expect(config.files).toContain('out/**')
    expect(config.files).toContain('!node_modules/**')
    expect(config.files).toContain('!out/cli/**')
  })
})

describe('图标', () => {
  it('Linux 图标目录里各尺寸的 PNG 与文件名一致', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(readFileSync(join(root, config.linux.icon, `${size}x${size}.png`)))).toEqual([size, size])
    }
  })

  it('Windows 的 ICO 含 16 到 256 像素的图像', () => {
    const ico = readFileSync(join(root, config.win.icon))
    expect(ico.readUInt16LE(2)).toBe(1)
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => {
      const e = 6 + i * 16
      const png = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8))
      const [w, h] = pngSize(png)
      expect(w).toBe(h)
      expect(ico[e] === 0 ? 256 : ico[e]).toBe(w)
      return w
    })
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('图标不是空白：中心是纸面（白）、四角透明、边缘是红色底', () => {
    // 生成器与解码都只用 node:zlib；这里直接解出 64×64 的像素核对几个点。
    const { inflateSync } = require_('node:zlib') as typeof import('node:zlib')
    const png = readFileSync(join(root, config.linux.icon, '64x64.png'))
    const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8)
    const raw = inflateSync(idat)
    const px = (x: number, y: number) => [...raw.subarray(y * (64 * 4 + 1) + 1 + x * 4, y * (64 * 4 + 1) + 1 + x * 4 + 4)]
    expect(px(0, 0)[3]).toBe(0)
    expect(px(24, 44)).toEqual([255, 255, 255, 255])
    const [r, g, b, a] = px(4, 32)
    expect(a).toBe(255)
    expect(r!).toBeGreaterThan(150)
    expect(g!).toBeLessThan(60)
    expect(b!).toBeLessThan(60)
  })
})
