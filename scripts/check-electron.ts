// npm start / npm run dev 之前（npx tsx scripts/check-electron.ts）：确认 Electron 程序本身已经下载好。
// 没有时先试着下载一次（尊重 ELECTRON_MIRROR）；仍然没有就用中文说清原因和两种办法，
// 而不是让 electron-vite 报一句英文的 “Error: Electron uninstall”。
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MIRROR = 'https://npmmirror.com/mirrors/electron/'

/** electron 包里记录的可执行文件（path.txt 指向 dist/ 下的文件）；缺任何一样都算没装好。 */
export function electronBinary(pkgDir: string): string | null {
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** 下载失败时给用户看的话。 */
export function missingElectronMessage(platform: NodeJS.Platform = process.platform): string {
  const setMirror =
    platform === 'win32'
      ? `$env:ELECTRON_MIRROR="${MIRROR}"   （PowerShell；命令提示符里用 set ELECTRON_MIRROR=${MIRROR}）`
      : `export ELECTRON_MIRROR=${MIRROR}`
  return [
    '',
    '没有找到 Electron 程序：安装时它没有下载成功（访问不了 GitHub 的网络里很常见）。',
    '',
    '办法一：改从国内镜像下载，然后重新安装并启动：',
    `    ${setMirror}`,
    '    npm install && npm start',
    '办法二：先在浏览器里使用（文件以上传、下载的方式读写）：',
    '    npm run dev:web',
    '',
  ].join('\n')
}

/**
 * 确认 Electron 可用；缺了就调用 download() 试一次。返回 true 表示可以继续启动。
 * download 在测试里换成假的，正式运行时是 electron 包自带的 install.js。
 */
export function ensureElectron(
  pkgDir: string,
  download: () => boolean,
  log: (text: string) => void = (t) => void process.stderr.write(t + '\n'),
): boolean {
  if (electronBinary(pkgDir)) return true
  log(`首次启动：正在下载 Electron（约 100 MB）${process.env.ELECTRON_MIRROR ? `，镜像 ${process.env.ELECTRON_MIRROR}` : ''}，请稍候……`)
  if (download() && electronBinary(pkgDir)) return true
  log(missingElectronMessage())
  return false
}

function main(): void {
  const require = createRequire(import.meta.url)
  let pkgDir: string
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    process.stderr.write('还没有安装依赖：请先运行 npm install。\n')
    process.exit(1)
  }
  // install.js 的英文输出不给用户看；成败只看退出码和文件是否到位。
  const download = () =>
    spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', env: process.env, timeout: 15 * 60 * 1000 }).status === 0
  if (!ensureElectron(pkgDir, download)) process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
