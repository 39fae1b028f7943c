// 旧版 Word（.doc）与 WPS（.wps）：LibreOffice 转出的 .doc 中的问题清单表格、自动编号与 .docx 读法相同；
// 改过扩展名的文件按内容读；加密、Word 95、非 OLE 的 .wps、RTF 给出说明；截断、改字节、FAT 成环等损坏
// 都在边界内以中文说明结束，不挂起、不抛别的异常。
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { DocFormatError, readCompoundFile } from '../../core/import/doc/compound-file'
import { readWordDocument } from '../../core/import/doc/word-document'
import { textFidelity } from '../../core/import/fidelity'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { importNotice } from '../../core/import/index'
import { importFromText } from '../../core/import/import-from-text'
import { summarize } from '../../core/inspect/summary'
import type { Item } from '../../core/model/item'
import { NoticeSchema } from '../../core/model/notice'
import { isOpenError } from '../../core/project/errors'
import { requireTool, soffice } from '../support/office-fixtures'
import { seedNames, seedText } from '../support/seeds'
import { readMarker } from '../../core/import/markers'
import { seedBodyParagraphs } from '../corpus/seed-body'
import { numberedDocx } from './support/numbered-docx'
import { prng } from './support/prng'

const work = mkdtempSync(join(tmpdir(), 'tongbao-doc-'))
const TABLES = join(import.meta.dirname, 'tables')
let seedDoc: Uint8Array
let tableDoc: Uint8Array
let numbered: { docx: Uint8Array; doc: Uint8Array }
const NUMBERED_SEED = '001_a2fdee0aed3fff2e.txt'

/** 样例的“一、”“（一）”“1.”“（1）”从文字中拿掉，改成 Word 的 0–3 级自动编号（与 fixtures.test.ts 同法）。 */
function autoNumbered(text: string): Uint8Array {
  const styles: Record<string, number> = { han: 0, 'paren-han': 1, arabic: 2, 'paren-arabic': 3 }
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const read = readMarker(l.trim())
      const level = read ? styles[read.marker.kind] : undefined
      return level === undefined ? { text: l } : { text: read!.rest, level }
    })
  return numberedDocx(paragraphs, [
    { format: 'chineseCounting', text: '%1、' },
    { format: 'chineseCounting', text: '（%2）' },
    { format: 'decimal', text: '%3.' },
    { format: 'decimal', text: '（%4）' },
  ])
}

beforeAll(async () => {
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui')
  mkdirSync(join(work, 'in'))
  const seed = seedNames()[2]!
  writeFileSync(join(work, 'in', 'seed.docx'), await exportDocx(importFromText(seedText(seed)).notice))
  copyFileSync(join(TABLES, 'problem-tables.soffice.docx'), join(work, 'in', 'tables.docx'))
  const numberedDocxBytes = autoNumbered(seedText(NUMBERED_SEED))
  writeFileSync(join(work, 'in', 'numbered.docx'), numberedDocxBytes)
  soffice(
    ['seed', 'tables', 'numbered'].map((f) => join(work, 'in', `${f}.docx`)),
    'doc',
    work,
    join(work, 'lo-profile'),
  )
  numbered = { docx: numberedDocxBytes, doc: new Uint8Array(readFileSync(join(work, 'numbered.doc'))) }
  seedDoc = new Uint8Array(readFileSync(join(work, 'seed.doc')))
  tableDoc = new Uint8Array(readFileSync(join(work, 'tables.doc')))
}, 300_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** 条目的可比部分（不含随机 id）。 */
const outline = (i: Item): unknown => ({
  title: i.title,
  role: i.role,
  status: i.status,
  deadline: i.deadline,
  responsible: i.responsible,
  body: i.body,
  children: i.children.map(outline),
})

async function outcome(bytes: Uint8Array, name = 'a.doc'): Promise<string> {
  try {
    NoticeSchema.parse((await importNotice({ name, bytes })).notice)
    return 'ok'
  } catch (e) {
    if (!isOpenError(e)) throw e
    expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    return e.code
  }
}

/** 换掉复合文档里一个流的读法（测试 Word 结构层）。 */
function withStream(bytes: Uint8Array, name: string, patch: (b: Uint8Array) => void) {
  const file = readCompoundFile(bytes)
  return {
    names: file.names,
    stream(n: string) {
      const s = file.stream(n)
      if (s && n === name) patch(s)
      return s
    },
  }
}

describe('LibreOffice 转出的 .doc', () => {
  it('问题清单表格：单元格、行与 .docx 读法相同，文本逐句保真', async () => {
    const docx = await importNotice({ name: 'tables.docx', bytes: readFileSync(join(TABLES, 'problem-tables.soffice.docx')) })
    const doc = await importNotice({ name: 'tables.doc', bytes: tableDoc })
    expect(doc.notice.rectification.items.map(outline)).toEqual(docx.notice.rectification.items.map(outline))
    expect(doc.notice.rectification.items.flatMap((i) => i.children).length).toBeGreaterThan(0)
    expect(textFidelity(htmlParagraphs(readFileSync(join(TABLES, 'problem-tables.html'), 'utf8')), doc.notice).score).toBe(1)
  })

  it('Word 自动编号（列表）：编号加回段首，层级与 .docx 读法相同，文本逐句保真', async () => {
    const docx = await importNotice({ name: 'numbered.docx', bytes: numbered.docx })
    const doc = await importNotice({ name: 'numbered.doc', bytes: numbered.doc })
    expect(summarize(doc.notice).items.length).toBeGreaterThan(3)
    expect(summarize(doc.notice)).toEqual(summarize(docx.notice))
    const f = textFidelity(seedBodyParagraphs(NUMBERED_SEED), doc.notice)
    expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
  })

  it('.wps：WPS 2000 以后的格式与 .doc 同构，照 .doc 读', async () => {
    const a = await importNotice({ name: 'a.doc', bytes: seedDoc })
    const b = await importNotice({ name: '上一轮.wps', bytes: seedDoc })
    expect(summarize(b.notice)).toEqual(summarize(a.notice))
  })
})

describe('按内容而不是扩展名', () => {
  it('改名为 .doc 的 .docx 照 .docx 读', async () => {
    expect(await outcome(readFileSync(join(TABLES, 'problem-tables.soffice.docx')), 'a.doc')).toBe('ok')
  })

  it('Word 另存的网页（扩展名 .doc）照网页读', async () => {
    expect(await outcome(readFileSync(join(TABLES, 'problem-tables.html')), 'a.doc')).toBe('ok')
  })

  it('RTF：说明暂不支持，请另存为 .docx', async () => {
    expect(await outcome(new TextEncoder().encode('{\\rtf1\\ansi 中共某某县委关于巡察整改情况的通报}'), 'a.doc')).toBe('import.doc-rtf')
  })

  it('不是复合文档的 .wps（DOS 版 WPS）：说明它不是 WPS 2000 以后的格式', async () => {
    await expect(
      importNotice({ name: '旧.wps', bytes: new Uint8Array([0xff, 0x00, 0x57, 0x50, 0x53, ...new Array(600).fill(0x41)]) }),
    ).rejects.toMatchObject({
      code: 'import.wps-not-ole',
    })
  })
})

describe('Word 结构层的说明', () => {
  it('设了打开密码（fEncrypted）', () => {
    const file = withStream(seedDoc, 'WordDocument', (b) => (b[0x0b]! |= 0x01))
    expect(() => readWordDocument(file)).toThrow(expect.objectContaining({ kind: 'encrypted' }))
  })

  it('Word 6.0/95（FIB 标识不同）', () => {
    const file = withStream(seedDoc, 'WordDocument', (b) => (b[0] = 0xdc))
    expect(() => readWordDocument(file)).toThrow(expect.objectContaining({ kind: 'old-word' }))
  })

  it('没有 WordDocument 流（表格、演示文稿）', () => {
    expect(() => readWordDocument({ names: ['Workbook'], stream: () => null })).toThrow(expect.objectContaining({ kind: 'no-word-stream' }))
  })
})

describe('损坏的复合文档', () => {
  const header = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

  it('FAT 成环：每条链都指回自己，认作损坏而不是死循环', async () => {
    const b = seedDoc.slice()
    const h = header(b)
    const sectorSize = 1 << h.getUint16(0x1e, true)
    const fatStart = (h.getUint32(0x4c, true) + 1) * sectorSize
    for (let k = 0; k < sectorSize / 4; k++) {
      const v = h.getUint32(fatStart + 4 * k, true)
      if (v < 0xfffffff0) h.setUint32(fatStart + 4 * k, k, true)
    }
    expect(() => readWordDocument(readCompoundFile(b))).toThrow(DocFormatError)
    expect(await outcome(b)).toBe('import.doc-damaged')
  })

  it('FAT 指向文件之外、FAT 扇区数大得离谱', async () => {
    const outside = seedDoc.slice()
    const h = header(outside)
    const fatStart = (h.getUint32(0x4c, true) + 1) * (1 << h.getUint16(0x1e, true))
    for (let k = 0; k < 64; k++) h.setUint32(fatStart + 4 * k, 0x7ffffff0 - k, true)
    expect(await outcome(outside)).toBe('import.doc-damaged')
    const huge = seedDoc.slice()
    header(huge).setUint32(0x2c, 0xfffffff0, true)
    expect(await outcome(huge)).toBe('import.doc-damaged')
  })

  it('截断、改字节、随机字节：中文说明或读出结果，不抛别的异常', async () => {
    const r = prng(1997)
    const results = new Set<string>()
    for (let i = 0; i < 40; i++) results.add(await outcome(seedDoc.slice(0, r.int(seedDoc.length))))
    for (let i = 0; i < 40; i++) {
      const b = seedDoc.slice()
      for (let k = 0; k < 1 + r.int(20); k++) b[r.int(b.length)] = r.int(256)
      results.add(await outcome(b))
    }
    for (let i = 0; i < 10; i++) {
      const b = new Uint8Array(512 * (2 + r.int(20)))
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
      for (let k = 8; k < b.length; k++) b[k] = r.int(256)
      results.add(await outcome(b))
    }
    expect(
      [...results].every((c) =>
        /^(ok|import\.(doc-damaged|doc-not-word97|doc-no-text-stream|old-word|doc-encrypted|empty|no-text|not-a-notice|incomplete))$/.test(
          c,
        ),
      ),
    ).toBe(true)
    expect(results.has('import.doc-damaged')).toBe(true)
  })
})
