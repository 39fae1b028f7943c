// 批量：validate 与 export --out-dir 一次处理多份；汇总表、退出码取最坏的一份、一份坏文件不拖垮整批、进度行只上终端。
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, streamIo } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'
import { SEEDS_DIR, seedNames } from '../support/seeds'

function capture() {
  const out: string[] = []
  const err: string[] = []
  const progress: string[] = []
  return {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), progress: (t: string) => progress.push(t) },
    out,
    err,
    progress,
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tongbao-batch-'))
const clean = join(dir, 'clean.tongbao')
const missing = join(dir, 'missing.txt')
let seeds: string[]

beforeAll(async () => {
  await saveProject(clean, sampleNotice())
  seeds = seedNames()
    .slice(0, 2)
    .map((n) => join(SEEDS_DIR, n))
})

describe('tongbao validate 多份文件', () => {
  it('全部通过：退出码 0，汇总表每份一行，进度逐份报告后清掉', async () => {
    const other = join(dir, 'clean2.tongbao')
    await saveProject(other, sampleNotice())
    const c = capture()
    expect(await runCli(['validate', clean, other], c.io)).toBe(0)
    const table = c.out.join('\n')
    expect(table).toMatch(/clean\.tongbao\s+0\s+\d+\s+通过/)
    expect(table).toMatch(/clean2\.tongbao\s+0\s+\d+\s+通过/)
    expect(table).toContain('共 2 份：通过 2，有错误 0，无法处理 0')
    expect(c.progress).toEqual(['校验 1/2：clean.tongbao', '校验 2/2：clean2.tongbao', ''])
  })

  it('有一份有错误：退出码 1；再有一份读不了：退出码 2，其余照样检查', async () => {
    const c1 = capture()
    expect(await runCli(['validate', clean, seeds[0]!], c1.io)).toBe(1)
    expect(c1.out.join('\n')).toContain('共 2 份：通过 1，有错误 1，无法处理 0')

    const c2 = capture()
    expect(await runCli(['validate', seeds[0]!, missing, clean], c2.io)).toBe(2)
    const table = c2.out.join('\n')
    expect(table).toMatch(/missing\.txt\s+0\s+0\s+无法处理：无法打开「missing\.txt」：找不到这个文件/)
    expect(table).toMatch(/clean\.tongbao\s+0\s+\d+\s+通过/)
    expect(table).toContain('共 3 份：通过 1，有错误 1，无法处理 1')
  })

  it('--json 给出每份的问题或读不了的原因；与逐份单独校验的结果一致', async () => {
    const c = capture()
    await runCli(['validate', seeds[0]!, missing, '--json'], c.io)
    const { files } = JSON.parse(c.out.join('\n'))
    expect(files.map((f: { file: string }) => f.file)).toEqual([seeds[0], missing])
    expect(files[1].error).toContain('找不到这个文件')
    const single = capture()
    await runCli(['validate', seeds[0]!, '--json'], single.io)
    expect(files[0].findings).toEqual(JSON.parse(single.out.join('\n')).findings)
  })
})

describe('tongbao export --out-dir', () => {
  it('多份导出为 Word 与网页，文件名取原名；有错误的没有 --force 时不导出，退出码 1', async () => {
    const out = join(dir, 'out1')
    const c = capture()
    expect(await runCli(['export', clean, seeds[0]!, '--out-dir', out, '--format', 'docx,html'], c.io)).toBe(1)
    expect(readFileSync(join(out, 'clean.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(join(out, 'clean.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
    const stem = seedNames()[0]!.replace(/\.txt$/, '')
    expect(existsSync(join(out, `${stem}.docx`))).toBe(false)
    const table = c.out.join('\n')
    expect(table).toMatch(/clean\.tongbao\s+0\s+\d+\s+已导出/)
    expect(table).toMatch(new RegExp(`${stem}\\.txt\\s+[1-9]\\d*\\s+\\d+\\s+未导出：有错误`))
    // 批量时不逐条列出错误，只说这一份为何没导出。
    expect(c.err.filter((l) => l.startsWith('错误 '))).toEqual([])
    expect(c.err.some((l) => l.includes(`${stem}.txt：未导出：有`))).toBe(true)
  })

  it('--force：全部导出（默认只导 Word），输出文件夹不存在时建好；读不了的一份记为 2', async () => {
    const out = join(dir, 'new', 'out2')
    const c = capture()
    expect(await runCli(['export', ...seeds, clean, missing, '--out-dir', out, '--force'], c.io)).toBe(2)
    for (const f of [...seeds.map((s) => basename(s, '.txt')), 'clean']) {
      expect(
        readFileSync(join(out, `${f}.docx`))
          .subarray(0, 2)
          .toString(),
      ).toBe('PK')
      expect(existsSync(join(out, `${f}.html`))).toBe(false)
    }
    expect(c.out.join('\n')).toContain('共 4 份：通过 3，有错误 0，无法处理 1')
  })

  it('两份会写到同一个输出、或输出会盖掉输入：退出码 2，什么都不写', async () => {
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    writeFileSync(join(dir, 'a', 'x.txt'), readFileSync(seeds[0]!))
    writeFileSync(join(dir, 'b', 'x.txt'), readFileSync(seeds[1]!))
    const out = join(dir, 'out3')
    const c = capture()
    expect(await runCli(['export', join(dir, 'a', 'x.txt'), join(dir, 'b', 'x.txt'), '--out-dir', out, '--force'], c.io)).toBe(2)
    expect(c.err.join('\n')).toContain('会导出到同一个文件')
    expect(existsSync(out)).toBe(false)

    const html = join(dir, 'a', 'page.html')
    writeFileSync(html, '<p>占位</p>')
    const c2 = capture()
    expect(await runCli(['export', html, '--out-dir', join(dir, 'a'), '--format', 'html'], c2.io)).toBe(2)
    expect(c2.err.join('\n')).toContain('输出文件不能与输入文件相同')
    expect(readFileSync(html, 'utf8')).toBe('<p>占位</p>')
  })

  it('多份却没有 --out-dir、或 --out-dir 与 --docx 同用：用法错误', async () => {
    expect(await runCli(['export', clean, seeds[0]!, '--docx', join(dir, 'z.docx')], capture().io)).toBe(2)
    expect(await runCli(['export', clean, '--out-dir', dir, '--docx', join(dir, 'z.docx')], capture().io)).toBe(2)
    expect(await runCli(['export', clean, '--out-dir', dir, '--format', 'pdf'], capture().io)).toBe(2)
  })
})

describe('进度行', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = []
    return { written, stream: { isTTY, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream }
  }

  it('stderr 是终端时才有进度行；有说明要写时先清掉进度行', async () => {
    const out = stream(false)
    const tty = stream(true)
    const io = streamIo(out.stream, tty.stream)
    expect(await runCli(['validate', clean, clean], io)).toBe(0)
    expect(tty.written.filter((t) => t.startsWith('\r\x1b[K校验 '))).toHaveLength(2)
    expect(tty.written.at(-1)).toBe('\r\x1b[K')
    io.err('说明')
    expect(tty.written.at(-1)).toBe('\r\x1b[K说明\n')
  })

  it('stderr 重定向到文件或管道时不写进度行', async () => {
    const out = stream(false)
    const err = stream(false)
    expect(await runCli(['validate', clean, clean], streamIo(out.stream, err.stream))).toBe(0)
    expect(err.written).toEqual([])
    expect(out.written.join('')).toContain('共 2 份')
  })
})
