// 恶意与畸形的输入（运行时生成）：经命令行导入，每种都以退出码 0 或 2 和一句中文说明结束，并由预期的那个上限拦下。
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { noticeText } from '../../core/document/blocks'
import { importNotice } from '../../core/import/index'
import { isTongbaoError } from '../../core/messages/tongbao-error'
import { Item } from '../../core/model/item'
import { parseProject } from '../../core/project/project-file'
import { loadInput } from '../../electron/cli/load-input'
import { runCli } from '../../electron/cli/main'
import { tablePage } from '../bench/import-tables.bench'
import { HOSTILE_SHAPES } from '../support/hostile-inputs'
import { largeNotice } from '../support/large-notice'

const dir = mkdtempSync(join(tmpdir(), 'tongbao-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...argv: string[]) {
  const err: string[] = []
  const code = await runCli(argv, { out: () => undefined, err: (t) => err.push(t) })
  return { code, err: err.join('\n') }
}

/** 由哪个检查拦下（错误编号；没有拦下时为 null）；不带编号的异常原样抛出。 */
async function guardOf(path: string): Promise<string | null> {
  try {
    await loadInput(path)
    return null
  } catch (e) {
    if (isTongbaoError(e)) return e.code
    throw e
  }
}

const CHINESE = /[\u4e00-\u9fff]/

/** 去掉每段段首的序号（含导入器不认作序号、留在文字里的三位数序号）与全部空白之后的全文。 */
const plainText = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/^(（[一二三四五六七八九十百\d]+）|[一二三四五六七八九十百]+、|\d+[.．])/, ''))
    .join('')
    .replace(/\s/g, '')

describe('恶意输入：命令行以 0 或 2 结束，拦下它的是预期的上限', () => {
  for (const shape of HOSTILE_SHAPES) {
    it(`${shape.id}（n = ${shape.n.toLocaleString('en-US')}）→ ${shape.guard ?? '照常导入'}`, async () => {
      const input = shape.make(shape.n)
      const path = join(dir, input.name)
      writeFileSync(path, input.bytes)
      const out = join(dir, `${input.name}.out.tongbao`)
      const r = await cli('import', path, '-o', out)
      if (shape.guard === null) {
        expect(r.code).toBe(0)
        expect(parseProject(readFileSync(out)).rectification.items.length).toBeGreaterThan(0)
        return
      }
      expect(r.code).toBe(2)
      expect(r.err).toMatch(CHINESE)
      expect(r.err).toContain(input.name)
      expect(r.err).not.toMatch(/内部错误|Maximum call stack|RangeError/)
      expect(await guardOf(path)).toBe(shape.guard)
    })
  }
})

describe('真正的 tongbao 进程（bin/tongbao.cjs）', () => {
  // 以前 3.5 MB 的炸弹让 Node 原生中止（退出码 134，没有说明）：在独立的进程里确认退出码与说明（进程启动要几秒，只试这一种）。
  it('压缩炸弹：退出码 2，stderr 是中文说明', () => {
    const shape = HOSTILE_SHAPES.find((s) => s.guard === 'limit.zip-ratio-too-high')!
    const bomb = join(dir, 'cli-bomb.docx')
    writeFileSync(bomb, shape.make(shape.n).bytes)
    const r = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../bin/tongbao.cjs'), 'import', bomb, '-o', join(dir, 'cli.tongbao')],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/无法导入「.*cli-bomb\.docx」.*压缩比超过/)
  })
})

describe('特殊文件：只读普通文件（electron/files 的 readFileLimited）', () => {
  const cases: [string, () => string][] = [
    [
      '命名管道（FIFO，读它会一直等下去）',
      () => {
        const p = join(dir, 'pipe.txt')
        execFileSync('mkfifo', [p])
        return p
      },
    ],
    [
      '指向 /dev/zero 的符号链接（读它会无穷无尽）',
      () => {
        const p = join(dir, 'zero.docx')
        symlinkSync('/dev/zero', p)
        return p
      },
    ],
    [
      '指向 /dev/zero 的 .tongbao',
      () => {
        const p = join(dir, 'zero.tongbao')
        symlinkSync('/dev/zero', p)
        return p
      },
    ],
    [
      '文件夹',
      () => {
        const p = join(dir, 'folder.txt')
        execFileSync('mkdir', [p])
        return p
      },
    ],
  ]
  for (const [label, make] of cases) {
    it(label, async () => {
      const path = make()
      const r = await cli('import', path, '-o', join(dir, 'special.tongbao'))
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/不是文件/)
      expect(await guardOf(path)).toBe('open.not-a-file')
    })
  }

  it('指向普通文件的符号链接照常读', async () => {
    const target = join(dir, 'real.html')
    writeFileSync(target, tablePage(3))
    const link = join(dir, 'link.html')
    symlinkSync(target, link)
    expect(await guardOf(link)).toBeNull()
  })
})

describe('正面对照：大而正常的文件照常完整导入', () => {
  it('52 万字的通报（纯文本）：每一句都在', async () => {
    const text = noticeText(largeNotice(520_000))
    expect(text.length).toBeGreaterThan(520_000)
    const { notice } = await importNotice({ name: 'large.txt', bytes: new TextEncoder().encode(text) })
    // 每个字都在：去掉各段的序号（导入后按位置重排）与空白，逐字相同。（textFidelity 在这个规模上要十几秒。）
    expect(plainText(noticeText(notice))).toBe(plainText(text))
    expect(Item.count(notice.rectification.items)).toBeGreaterThan(4000)
  })

  it('500 行的问题清单网页：500 个问题', async () => {
    const { notice } = await importNotice({ name: 'table.html', bytes: tablePage(500) })
    expect(notice.rectification.items).toHaveLength(500)
  })
})

describe('一直无害的输入仍然无害：外部实体、实体膨胀、路径穿越、外部关系', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  const docx = (doctype: string, text: string, extra: Record<string, Uint8Array> = {}) =>
    zipSync({
      '_rels/.rels': strToU8(rels),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document ${W}><w:body>` +
          `<w:p><w:r><w:t>中共某县委关于县委第一轮巡察整改进展情况的通报</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t>根据县委统一部署，县委第二巡察组对某镇党委进行了巡察。${text}</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t>一、关于整改落实方面</w:t></w:r></w:p></w:body></w:document>`,
      ),
      ...extra,
    })

  async function importBytes(name: string, bytes: Uint8Array) {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    const r = await cli('import', path, '-o', join(dir, `${name}.tongbao`), '--json')
    expect([0, 2]).toContain(r.code)
    return r.code === 0 ? readFileSync(join(dir, `${name}.tongbao`), 'utf8') : r.err
  }

  it('外部实体（XXE）不读本机文件', async () => {
    const secret = join(dir, 'secret.txt')
    writeFileSync(secret, 'SECRET-CONTENT-7f3a')
    const out = await importBytes('xxe.docx', docx(`<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://${secret}">]>`, '&xxe;'))
    expect(out).not.toContain('SECRET-CONTENT-7f3a')
  })

  it('实体层层膨胀（billion laughs）不展开', async () => {
    const defs = [
      '<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`),
    ].join('')
    const out = await importBytes('laughs.docx', docx(`<!DOCTYPE d [${defs}]>`, '&a9;'))
    expect(out.length).toBeLessThan(1_000_000)
  })

  it('路径穿越的部件名与外部关系：不写任何文件，不按外部地址取内容', async () => {
    const externalRels = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:9/x.png" TargetMode="External"/></Relationships>',
    )
    await importBytes(
      'traversal.docx',
      docx('', '', { '../../../tongbao-escaped.txt': strToU8('escaped'), 'word/_rels/document.xml.rels': externalRels }),
    )
    for (const base of [dir, process.cwd()]) expect(existsSync(resolve(base, '../../../tongbao-escaped.txt'))).toBe(false)
  })
})
