// 把 zip 包（.docx、OFD）的部件用 Node 的原生 zlib 打包。fflate（纯 JS）在冷启动的进程里压一份通报要 50–60 ms，zlib 不到 10 ms；嵌入的字体有十几兆时也快近一倍。
// 只写这里用得到的 zip：一个磁盘、不分卷、不加密、无 ZIP64（部件和整包都远小于 4 GB），每个部件 DEFLATE 压缩。格式见 PKWARE APPNOTE 4.3。
// Node 20 的 zlib 还没有 crc32()：CRC-32 取自 gzip 的尾部（RFC 1952：10 字节头、DEFLATE 数据、CRC-32、原长），与压缩同一遍算出。
import { gzipSync } from 'node:zlib'

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const DEFLATE = 8
/** 解压要求的版本 2.0（DEFLATE）。 */
const VERSION = 20
/** 通用标志第 11 位：文件名是 UTF-8。 */
const UTF8_NAME = 0x0800
const MAX_U32 = 0xffffffff

interface Entry {
  name: Uint8Array
  flags: number
  crc: number
  compressed: Uint8Array
  size: number
  offset: number
}

/** 一个部件：DEFLATE 原始数据与 CRC-32，都来自 zlib 的一次 gzip。 */
function deflated(data: Uint8Array): { compressed: Uint8Array; crc: number } {
  const gz = gzipSync(data)
  // zlib 写的 gzip 头固定 10 字节、不带文件名等可选段（FLG = 0）；不是这样就不要猜。
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== DEFLATE || gz[3] !== 0) throw new Error('zlib 的 gzip 头不是预期的 10 字节')
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength)
  return { compressed: gz.subarray(10, gz.length - 8), crc: view.getUint32(gz.length - 8, true) }
}

/** MS-DOS 的日期与时间（本地时间，2 秒精度），zip 里每个部件的修改时间。 */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.min(Math.max(at.getFullYear(), 1980), 2107)
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
  }
}

/** 部件按给出的顺序打包。 */
export function zipParts(parts: Iterable<[string, Uint8Array]>, modified: Date = new Date()): Uint8Array {
  const { date, time } = dosDateTime(modified)
  const encoder = new TextEncoder()
  const entries: Entry[] = []
  let offset = 0
  for (const [path, data] of parts) {
    const name = encoder.encode(path)
    const { compressed, crc } = deflated(data)
    // 全是 ASCII 的名字不标 UTF-8，与 fflate、Word 写的一样；有汉字时标上，解压时才不按本机代码页读成乱码。
    const flags = name.length === path.length ? 0 : UTF8_NAME
    entries.push({ name, flags, crc, compressed, size: data.length, offset })
    offset += 30 + name.length + compressed.length
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0)
  if (offset + centralSize > MAX_U32 || entries.length > 0xffff) throw new Error('部件太多或太大，超出不带 ZIP64 的 zip 的上限')

  const out = new Uint8Array(offset + centralSize + 22)
  const view = new DataView(out.buffer)
  let at = 0
  const u16 = (v: number) => {
    view.setUint16(at, v, true)
    at += 2
  }
  const u32 = (v: number) => {
    view.setUint32(at, v, true)
    at += 4
  }
  const bytes = (b: Uint8Array) => {
    out.set(b, at)
    at += b.length
  }
  /** 本地头与中央目录共有的一段：版本、标志、方法、时间、CRC、两个大小、名字长度。 */
  const common = (e: Entry) => {
    u16(VERSION)
    u16(e.flags)
    u16(DEFLATE)
    u16(time)
    u16(date)
    u32(e.crc)
    u32(e.compressed.length)
    u32(e.size)
    u16(e.name.length)
  }
  for (const e of entries) {
    u32(LOCAL_HEADER)
    common(e)
    u16(0) // 扩展字段长度
    bytes(e.name)
    bytes(e.compressed)
  }
  for (const e of entries) {
    u32(CENTRAL_HEADER)
    u16(VERSION) // 写出的版本
    common(e)
    u16(0) // 扩展字段长度
    u16(0) // 注释长度
    u16(0) // 起始磁盘
    u16(0) // 内部属性
    u32(0) // 外部属性
    u32(e.offset)
    bytes(e.name)
  }
  u32(END_OF_CENTRAL_DIRECTORY)
  u16(0) // 本磁盘
  u16(0) // 中央目录所在磁盘
  u16(entries.length)
  u16(entries.length)
  u32(centralSize)
  u32(offset)
  u16(0) // 注释长度
  return out
}
