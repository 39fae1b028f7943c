// 命令行的 OFD 导出（issue #20）：--ofd 写出与 core 同样的包；--ofd-font 把字体文件嵌入；批量 --format ofd；用错时说中文。
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportOfd } from '../../core/export/ofd/index'
import { formatMessage } from '../../core/messages/format'
import { runCli } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { readOfd } from '../support/ofd-reader'
import { sampleNotice } from '../support/sample-notice'
import { tempDir } from './support/render'

const dir = tempDir('cli-ofd')
const io = () => {
  const err: string[] = []
  return { err, io: { out: () => {}, err: (t: string) => err.push(t) } }
}

describe('tongbao export --ofd', () => {
  it('写出 OFD：红头、版记、抄送照命令行；与 core 导出的包逐字相同', async () => {
    const file = join(dir, 'n.tongbao')
    await saveProject(file, sampleNotice())
    const out = join(dir, 'n.ofd')
    const { io: cli } = io()
    expect(await runCli(['export', file, '--ofd', out, '--redhead', '--banji', '--cc', '甲,乙', '--print-date', '2024-09-20'], cli)).toBe(0)
    const read = readOfd(readFileSync(out))
    expect(read.problems).toEqual([])
    const direct = readOfd(
      exportOfd(sampleNotice(), { redhead: {}, banji: { cc: ['甲', '乙'], printDate: '2024-09-20' }, sealed: true, boldLevel3: true }),
    )
    expect(Object.fromEntries(Object.entries(read.xml).filter(([k]) => k !== 'OFD.xml'))).toEqual(
      Object.fromEntries(Object.entries(direct.xml).filter(([k]) => k !== 'OFD.xml')),
    )
    expect(
      read.pages
        .at(-1)!
        .runs.map((r) => r.text)
        .join(''),
    ).toContain('抄送：甲，乙。')
  })

  it('--ofd-font 仿宋=文件 把字体文件嵌入包中；文件读不到、写法不对、没有 --ofd 时说中文并不写文件', async () => {
    const file = join(dir, 'm.tongbao')
    await saveProject(file, sampleNotice())
    const font = join(dir, 'fs.ttf')
    writeFileSync(font, new Uint8Array([0, 1, 0, 0, 42]))
    const out = join(dir, 'm.ofd')
    expect(await runCli(['export', file, '--ofd', out, '--ofd-font', `仿宋=${font}`], io().io)).toBe(0)
    const read = readOfd(readFileSync(out))
    expect(read.problems).toEqual([])
    expect(
      Object.entries(read.files)
        .filter(([k]) => k.startsWith('Doc_0/Res/'))
        .map(([, v]) => [...v]),
    ).toEqual([[0, 1, 0, 0, 42]])
    for (const [args, code] of [
      [['--ofd', join(dir, 'x.ofd'), '--ofd-font', `仿宋=${join(dir, 'missing.ttf')}`], 'cli.ofd-font-unreadable'],
      [['--ofd', join(dir, 'x.ofd'), '--ofd-font', `宋=${font}`], 'cli.bad-ofd-font'],
      [['--docx', join(dir, 'x.docx'), '--ofd-font', `仿宋=${font}`], 'cli.ofd-font-needs-ofd'],
    ] as const) {
      const { err, io: cli } = io()
      expect(await runCli(['export', file, ...args], cli)).toBe(2)
      expect(existsSync(join(dir, 'x.ofd')) || existsSync(join(dir, 'x.docx'))).toBe(false)
      expect(err.join('\n')).toContain(
        formatMessage({
          code,
          params: { name: join(dir, 'missing.ttf'), roles: '仿宋、小标宋、黑体、楷体、宋体', value: `宋=${font}` },
        }).slice(0, 12),
      )
    }
  })

  it('批量：--format ofd 每份一个 .ofd', async () => {
    const a = join(dir, 'a.tongbao')
    await saveProject(a, sampleNotice())
    expect(await runCli(['export', a, '--out-dir', join(dir, 'batch'), '--format', 'ofd,docx'], io().io)).toBe(0)
    expect(readOfd(readFileSync(join(dir, 'batch', 'a.ofd'))).pages.length).toBeGreaterThan(1)
  })
})
