import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from '../../core/project/project-file'
import { saveProject } from '../../electron/files/project-store'
import { RecoveryStore } from '../../electron/files/recovery'
import { addVersion, freshVersions } from '../../core/project/versions'
import { largeNotice } from '../support/large-notice'
import { Item } from '../../core/model/item'

const CHILD = resolve('test/files/fixtures/save-loop.ts')
const KILLS = 150

const SAVED_AT = '@@SAVED_AT@@'

/** 文件是否恰好是 A 或 B 的完整序列化（保存时间以外逐字节一致）：半截、混合、0 字节都不是。 */
function wholeVersion(text: string, templates: string[]): boolean {
  const savedAt = /"savedAt": "([^"]*)"/.exec(text)?.[1]
  return savedAt !== undefined && templates.some((t) => t.replace(SAVED_AT, savedAt) === text)
}

describe('保存被随机打断（子进程被 SIGKILL）', () => {
  it('150 次随机时刻杀死进程（一半在复制备份的盘上）后，文件与 .bak 总是完整的旧版或新版，自动保存副本可打开', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongbao-fault-'))
    const a = largeNotice(150_000, 1)
    const b = largeNotice(150_000, 2)
    // 两份工程各带保存的版本（A 一个、B 两个），同一个工程标识：杀进程后版本与通报一起完整。版本取小通报：
    // 版本本身的大小不改变保存的打断方式，只会让每次核对变慢。
    const base = freshVersions()
    const projectA = addVersion(base, largeNotice(20_000, 3), '送审稿1', { now: new Date('2024-05-01T00:00:00Z') }).project
    const projectB = addVersion(projectA, largeNotice(20_000, 4), '修改稿2', { now: new Date('2024-05-02T00:00:00Z') }).project
    const aPath = join(dir, 'a.json')
    const bPath = join(dir, 'b.json')
    writeFileSync(aPath, JSON.stringify({ notice: a, project: projectA }))
    writeFileSync(bPath, JSON.stringify({ notice: b, project: projectB }))
    const target = join(dir, 'notice.tongbao')
    const recoveryDir = join(dir, 'recovery')
    // 存两次：一开始就有 .bak，之后每一次都要核对它
    await saveProject(target, a, projectA)
    await saveProject(target, a, projectA)

    // 打开时重复的条目编号会被换成新编号（readProject），恢复出来的就不再是原样：夹具里的编号须各不相同。
    for (const n of [a, b, ...projectB.versions.map((v) => v.notice)]) {
      const ids = [...Item.all(n)].map((e) => e.item.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
    const valid = new Set([JSON.stringify({ notice: a, project: projectA }), JSON.stringify({ notice: b, project: projectB })])
    // 两份工程的序列化各算一次（每次核对都跑一遍模式校验太慢），保存时间留作占位。
    const templates = [serializeProject(a, SAVED_AT, 'tongbao', projectA), serializeProject(b, SAVED_AT, 'tongbao', projectB)]
    expect(JSON.stringify(parseProject(new TextEncoder().encode(templates[0]!)))).toBe(JSON.stringify(a))

    // 子进程预先打包成一个 .mjs：150 次启动不必每次经 tsx 编译，杀进程的时刻落在保存上，而不是启动上。
    const bundle = join(dir, 'save-loop.mjs')
    await build({ entryPoints: [CHILD], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' })
    let sawRecovery = 0
    let sawBackup = 0
    for (let k = 0; k < KILLS; k++) {
      // 奇数次模拟不支持硬链接的盘：.bak 靠复制，杀进程常落在复制备份的过程中。
      const mode = k % 2 === 1 ? 'copy' : 'link'
      const child = spawn(process.execPath, [bundle, target, recoveryDir, aPath, bPath, mode], { stdio: ['ignore', 'pipe', 'inherit'] })
      await new Promise<void>((res, rej) => {
        child.stdout!.once('data', () => res())
        child.once('error', rej)
        child.once('exit', (code) => rej(new Error(`子进程提前退出 ${code}`)))
      })
      await new Promise((r) => setTimeout(r, Math.random() * 2000))
      child.kill('SIGKILL')
      await new Promise((r) => child.once('exit', r))
      // 被杀的就是写文件的那个进程本身，没有残留的孙进程还在写
      expect(() => process.kill(child.pid!, 0)).toThrow()

      // 磁盘上的文件：恰好是 A 或 B 之一的完整序列化（不会是半截或混合）
      expect(wholeVersion(readFileSync(target, 'utf8'), templates)).toBe(true)
      // .bak 同样只能是完整的 A 或 B（从来不是 0 字节或半截）
      if (existsSync(target + '.bak')) {
        expect(wholeVersion(readFileSync(target + '.bak', 'utf8'), templates)).toBe(true)
        sawBackup++
      }

      const store = new RecoveryStore(recoveryDir)
      for (const entry of await store.list()) {
        const restored = await store.restore(entry.file)
        expect(valid.has(JSON.stringify({ notice: restored.notice, project: restored.project }))).toBe(true)
        sawRecovery++
      }
    }
    expect(sawRecovery).toBeGreaterThan(0)
    expect(sawBackup).toBe(KILLS)
    // 被打断的写入只会留下临时文件（下次保存时按时间清理），从不碰目标文件和 .bak；打印出来供记录
    const interrupted = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length
    console.log(`${KILLS} 次杀进程中，${interrupted} 次打断留下了临时文件；.bak 核对 ${sawBackup} 次；恢复副本打开 ${sawRecovery} 次`)
  }, 1_800_000)

  it('保存时把上一版留作 .bak', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongbao-bak-'))
    const target = join(dir, 'n.tongbao')
    const a = largeNotice(1000, 1)
    const b = largeNotice(1000, 2)
    await saveProject(target, a)
    await saveProject(target, b)
    expect(parseProject(readFileSync(target))).toEqual(b)
    expect(parseProject(readFileSync(target + '.bak'))).toEqual(a)
  })
})
