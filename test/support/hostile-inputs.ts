/**
 * 恶意与畸形输入，运行时生成（仓库里不放二进制文件）：压缩炸弹、极深的嵌套、断成几十万行的一段、
 * 几十万个条目。每种都给出规模参数 n，基准用 n 与 2n 量线性度；测试用默认规模，并写明应由哪个上限拦下。
 */
import { deflateSync, strToU8 } from 'fflate'
import type { LimitCode } from '../../core/import/limits'
import { Item } from '../../core/model/item'
import { FORMAT_VERSION } from '../../core/project/project-file'
import { toHanNumber } from '../../core/model/numbering'
import { RichText } from '../../core/model/rich-text'
import { sampleNotice } from './sample-notice'

export interface HostileInput {
  /** 文件名（扩展名决定导入方式） */
  name: string
  bytes: Uint8Array
}

export interface HostileShape {
  /** 形状的名称（基准与测试的行名） */
  id: string
  /** 测试用的默认规模 */
  n: number
  make(n: number): HostileInput
  /** 应当拦下它的上限；null 表示它应当照常导入 */
  guard: LimitCode | null
}

const HEAD = '中共某县委关于县委第一轮巡察整改进展情况的通报\n根据县委统一部署，县委第二巡察组对某镇党委进行了巡察，并反馈了巡察意见。\n'
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** deflate 的位流：按 RFC 1951 从低位写起；霍夫曼码从高位写起。 */
class BitWriter {
  private out: number[] = []
  private acc = 0
  private n = 0
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >>> i) & 1) << this.n
      if (++this.n === 8) {
        this.out.push(this.acc)
        this.acc = 0
        this.n = 0
      }
    }
  }
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1)
  }
  done(): Uint8Array {
    if (this.n) this.out.push(this.acc)
    return Uint8Array.from(this.out)
  }
}

/** 固定霍夫曼表（RFC 1951 3.2.6）下的字面字节。 */
function literal(w: BitWriter, byte: number): void {
  if (byte < 144) w.code(0x30 + byte, 8)
  else w.code(0x190 + byte - 144, 9)
}

/** 距离 d 的距离码与附加位（RFC 1951 3.2.5）。 */
function distance(w: BitWriter, d: number): void {
  let code = 0
  let base = 1
  let extra = 0
  while (base + (1 << extra) <= d) {
    base += 1 << extra
    code++
    if (code >= 4 && code % 2 === 0) extra++
  }
  w.code(code, 5)
  w.bits(d - base, extra)
}

type Segment = { literal: string } | { repeat: string; bytes: number }

/**
 * 手写的 deflate 数据（一个固定霍夫曼块）：字面文字，以及“某段文字周期重复到 bytes 字节”（先写一遍，
 * 其余全用长 258、距离为周期的复制）。每 258 字节只占 13 位左右，解压比约 150 倍：低于比例上限，
 * 几百 MB 的内容、百万层的嵌套只要几毫秒就生成，而且是完整有效的数据。
 */
function fixedDeflate(segments: Segment[]): Uint8Array {
  const w = new BitWriter()
  w.bits(1, 1) // 最后一块
  w.bits(1, 2) // 固定霍夫曼
  for (const seg of segments) {
    if ('literal' in seg) {
      for (const b of strToU8(seg.literal)) literal(w, b)
      continue
    }
    const pattern = strToU8(seg.repeat)
    for (const b of pattern) literal(w, b)
    let left = seg.bytes - pattern.length
    while (left >= 258) {
      w.code(0xc5, 8) // 长度码 285：258 字节
      distance(w, pattern.length)
      left -= 258
    }
    for (let i = 0; i < left; i++) literal(w, pattern[(seg.bytes - left + i) % pattern.length]!)
  }
  w.code(0, 7) // 块结束
  return w.done()
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** 最小的 zip 写入器：部件数据已是原始 deflate（方法 8）。CRC 填 0：炸弹在校验 CRC 之前就该被拦下。 */
function rawZip(entries: { name: string; deflated: Uint8Array; size: number }[]): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = strToU8(e.name)
    const local = new Uint8Array(30 + name.length)
    const v = new DataView(local.buffer)
    v.setUint32(0, 0x04034b50, true)
    v.setUint16(4, 20, true)
    v.setUint16(8, 8, true)
    v.setUint32(18, e.deflated.length, true)
    v.setUint32(22, Math.min(e.size, 0xfffffffe), true)
    v.setUint16(26, name.length, true)
    local.set(name, 30)
    const dir = new Uint8Array(46 + name.length)
    const c = new DataView(dir.buffer)
    c.setUint32(0, 0x02014b50, true)
    c.setUint16(4, 20, true)
    c.setUint16(6, 20, true)
    c.setUint16(10, 8, true)
    c.setUint32(20, e.deflated.length, true)
    c.setUint32(24, Math.min(e.size, 0xfffffffe), true)
    c.setUint16(28, name.length, true)
    c.setUint32(42, offset, true)
    dir.set(name, 46)
    parts.push(local, e.deflated)
    central.push(dir)
    offset += local.length + e.deflated.length
  }
  const size = central.reduce((n, d) => n + d.length, 0)
  const end = new Uint8Array(22)
  const v = new DataView(end.buffer)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, entries.length, true)
  v.setUint16(10, entries.length, true)
  v.setUint32(12, size, true)
  v.setUint32(16, offset, true)
  return concat([...parts, ...central, end])
}

/** 解压比约 150 倍的炸弹（低于比例上限，只有大小的上限能拦下）：每个部件 mb MB 的重复文字。 */
function sizeBomb(entries: { name: string; mb: number }[]): Uint8Array {
  return rawZip(
    entries.map((e) => ({
      name: e.name,
      deflated: fixedDeflate([{ repeat: '<w:t>巡察整改</w:t>', bytes: e.mb << 20 }]),
      size: e.mb << 20,
    })),
  )
}

/** 解压比约 1000 倍的炸弹：mb MB 的空格，由 fflate 按最高级别压缩。 */
function ratioBomb(mb: number): Uint8Array {
  return rawZip([{ name: 'word/document.xml', deflated: deflateSync(new Uint8Array(mb << 20).fill(0x20), { level: 9 }), size: mb << 20 }])
}

/** 一个 .tongbao：示例通报的逐条整改换成 `items`。不经 serializeProject：它的校验本身就会被几百层的嵌套撑爆。 */
function project(items: Item[]): Uint8Array {
  const notice = sampleNotice()
  notice.rectification.items = items
  return strToU8(
    JSON.stringify({
      format: 'tongbao',
      formatVersion: FORMAT_VERSION,
      app: 'tongbao',
      savedAt: '2026-01-01T00:00:00.000Z',
      documentId: '00000000-0000-4000-8000-000000000000',
      notice,
      versions: [],
    }),
  )
}

function deepItems(n: number): Item[] {
  const root = Item.create('aspect', '第1层')
  let at = root
  for (let i = 2; i <= n; i++) {
    const child = Item.create('measure', `第${i}层`)
    at.children = [child]
    at = child
  }
  return [root]
}

/** 嵌套 n 层的 Word 元素（`open`/`close` 各重复 n 次），夹着一段文字。 */
function nestedDocx(open: string, close: string, n: number): Uint8Array {
  const documentXml = fixedDeflate([
    { literal: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>` },
    { repeat: open, bytes: strToU8(open).length * n },
    { literal: '<w:r><w:t>巡察整改</w:t></w:r>' },
    { repeat: close, bytes: strToU8(close).length * n },
    { literal: '</w:body></w:document>' },
  ])
  return rawZip([{ name: 'word/document.xml', deflated: documentXml, size: (open.length + close.length) * n }])
}

/** n 个同级条目的 .tongbao：同一个条目的 JSON 重复 n 次（个数的上限在校验内容之前就该拦下）。 */
function manyItemsProject(n: number): Uint8Array {
  const item = JSON.stringify(Item.create('measure', '落实整改措施', { body: RichText.of('落实整改。') }))
  const json = new TextDecoder().decode(project([{ id: 'PLACEHOLDER' } as Item]))
  return strToU8(json.replace('{"id":"PLACEHOLDER"}', Array(n).fill(item).join(',')))
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    id: 'txt 断成 n 行的一段',
    n: 200_000,
    guard: null,
    make: (n) => ({
      name: 'joined.txt',
      bytes: strToU8(`${HEAD}一、关于整改落实方面\n${'这一行没有句末标点所以接在上一行后面\n'.repeat(n)}`),
    }),
  },
  {
    id: 'txt n 个条目',
    n: 150_000,
    guard: 'limit.too-many-items',
    // 每 100 条一个“（一）”：序号只有一两位，几十万条要分在许多组里。
    make: (n) => ({
      name: 'items.txt',
      bytes: strToU8(
        HEAD +
          Array.from({ length: n }, (_, i) =>
            i % 100 === 0 ? `（${toHanNumber(((i / 100) % 9) + 1)}）关于整改落实的问题\n` : `${i % 100}.落实整改措施。`,
          ).join('\n'),
      ),
    }),
  },
  {
    id: 'txt 超长文字',
    n: 17_000_000,
    guard: 'limit.too-many-characters',
    make: (n) => ({ name: 'long.txt', bytes: strToU8(HEAD + 'a'.repeat(n)) }),
  },
  {
    id: 'docx n 层嵌套 w:p',
    n: 1_000_000,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({
      name: 'nested-p.docx',
      bytes: nestedDocx('<w:p>', '</w:p>', n),
    }),
  },
  {
    id: 'docx n 层嵌套 w:sdt',
    n: 1_000_000,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({
      name: 'nested-sdt.docx',
      bytes: nestedDocx('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', n),
    }),
  },
  {
    id: 'docx 压缩炸弹（比例）',
    n: 16,
    guard: 'limit.zip-ratio-too-high',
    make: (mb) => ({
      name: 'bomb-ratio.docx',
      bytes: ratioBomb(mb),
    }),
  },
  {
    id: 'docx 压缩炸弹（绝对大小）',
    n: 100,
    guard: 'limit.zip-entry-too-large',
    make: (mb) => ({
      name: 'bomb-size.docx',
      bytes: sizeBomb([{ name: 'word/document.xml', mb }]),
    }),
  },
  {
    id: 'docx 压缩炸弹（合计大小）',
    n: 60,
    guard: 'limit.zip-total-too-large',
    make: (mb) => ({
      name: 'bomb-total.docx',
      bytes: sizeBomb([1, 2, 3].map((k) => ({ name: `word/media/image${k}.bin`, mb }))),
    }),
  },
  {
    id: 'docx 部件过多',
    n: 10_001,
    guard: 'limit.zip-too-many-entries',
    make: (n) => ({
      name: 'many-parts.docx',
      bytes: rawZip(Array.from({ length: n }, (_, i) => ({ name: `word/media/x${i}.txt`, deflated: new Uint8Array([3, 0]), size: 0 }))),
    }),
  },
  {
    id: 'html n 层嵌套 <ol><li>',
    n: 100_000,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({
      name: 'nested-ol.html',
      bytes: strToU8(`<html><body><p>${escape(HEAD)}</p>${'<ol><li>巡察'.repeat(n)}${'</li></ol>'.repeat(n)}</body></html>`),
    }),
  },
  {
    id: 'html n 层嵌套 <i>',
    n: 1_000_000,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({
      name: 'nested-i.html',
      bytes: strToU8(`<html><body>${'<i>'.repeat(n)}巡察${'</i>'.repeat(n)}</body></html>`),
    }),
  },
  {
    id: 'html n 层嵌套表格',
    n: 20_000,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({
      name: 'nested-table.html',
      bytes: strToU8(`<html><body>${'<table><tr><td>巡察'.repeat(n)}${'</td></tr></table>'.repeat(n)}</body></html>`),
    }),
  },
  {
    id: 'html n 项的列表',
    n: 50_000,
    guard: null,
    make: (n) => ({
      name: 'wide-list.html',
      bytes: strToU8(`<html><body><p>${escape(HEAD)}</p><ol>${'<li>落实巡察整改措施。</li>'.repeat(n)}</ol></body></html>`),
    }),
  },
  {
    id: 'tongbao n 层嵌套条目',
    n: 700,
    guard: 'limit.nesting-too-deep',
    make: (n) => ({ name: 'deep.tongbao', bytes: project(deepItems(n)) }),
  },
  {
    id: 'tongbao n 个条目',
    n: 150_000,
    guard: 'limit.too-many-items',
    make: (n) => ({ name: 'huge.tongbao', bytes: manyItemsProject(n) }),
  },
]
