/**
 * 有上限的解压：按中央目录逐个部件用 fflate 的流式 Inflate 解压，每出一块就核对部件大小、总大小与压缩比，
 * 超出即停（LimitError），而不是解压完再看——0.87 MB 解出 286 MB、3.5 MB 解出 1.1 GB 的“压缩炸弹”在头几 MB 就被拦下。
 * 每个部件都走一遍（mammoth 之后会自己再解压一次包里的任何部件，它看到的都已核对过）；
 * XML 部件同时边解压边数嵌套层数。只留下 `keep` 选中的部件。
 */
import { Inflate } from 'fflate'
import { OpenError } from '../project/errors'
import { LIMITS, LimitError, megabytes, XmlDepthScanner } from './limits'

/** 每次喂给 Inflate 的压缩字节：deflate 至多约 1032 倍，一块至多解出约 4 MB。 */
const CHUNK = 4 * 1024

interface Entry {
  name: string
  method: number
  compressedSize: number
  /** 本地文件头的位置 */
  offset: number
}

const damaged = () => new OpenError('import.docx-damaged')

function u16(b: Uint8Array, i: number): number {
  if (i + 2 > b.length) throw damaged()
  return b[i]! | (b[i + 1]! << 8)
}

function u32(b: Uint8Array, i: number): number {
  if (i + 4 > b.length) throw damaged()
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0
}

/** 中央目录（包尾的目录表）：各部件的名称、压缩方式、压缩后大小与位置。 */
function centralDirectory(bytes: Uint8Array): Entry[] {
  // 目录尾记录在包的最后 22 + 65535（注释）字节内。
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw damaged()
  const count = u16(bytes, end + 10)
  if (count > LIMITS.zipEntries) throw new LimitError('limit.zip-too-many-entries', { limit: LIMITS.zipEntries })
  let at = u32(bytes, end + 16)
  const names = new TextDecoder('utf-8')
  const entries: Entry[] = []
  for (let k = 0; k < count; k++) {
    if (u32(bytes, at) !== 0x02014b50) throw damaged()
    const nameLength = u16(bytes, at + 28)
    const entry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      offset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    }
    // ZIP64（部件或包超过 4 GB）不会是一份通报。
    if (entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff)
      throw new LimitError('limit.zip-entry-too-large', { entry: entry.name, limit: megabytes(LIMITS.zipEntryBytes) })
    entries.push(entry)
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return entries
}

function entryData(bytes: Uint8Array, e: Entry): Uint8Array {
  if (u32(bytes, e.offset) !== 0x04034b50) throw damaged()
  const start = e.offset + 30 + u16(bytes, e.offset + 26) + u16(bytes, e.offset + 28)
  if (start + e.compressedSize > bytes.length) throw damaged()
  return bytes.subarray(start, start + e.compressedSize)
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name)

/** 解压 zip 包中的每个部件（边解压边核对上限），返回 `keep` 选中的部件。结构损坏时抛出 OpenError('unreadable')。 */
export function boundedUnzip(bytes: Uint8Array, keep: (name: string) => boolean): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array>()
  let total = 0
  for (const e of centralDirectory(bytes)) {
    const data = entryData(bytes, e)
    const scanner = isXml(e.name) ? new XmlDepthScanner(`“${e.name}”中 XML 元素`) : null
    const chunks: Uint8Array[] | null = keep(e.name) ? [] : null
    let size = 0
    let consumed = 0
    const take = (chunk: Uint8Array) => {
      size += chunk.length
      total += chunk.length
      if (size > LIMITS.zipEntryBytes)
        throw new LimitError('limit.zip-entry-too-large', { entry: e.name, limit: megabytes(LIMITS.zipEntryBytes) })
      if (total > LIMITS.zipTotalBytes) throw new LimitError('limit.zip-total-too-large', { limit: megabytes(LIMITS.zipTotalBytes) })
      // 嵌套先于压缩比：几十万层的嵌套压缩比也高，报出真正的原因。
      scanner?.push(chunk)
      if (size > LIMITS.zipRatioFloor && size > LIMITS.zipRatio * consumed)
        throw new LimitError('limit.zip-ratio-too-high', { entry: e.name, limit: LIMITS.zipRatio })
      chunks?.push(chunk)
    }
    if (e.method === 0) {
      consumed = data.length
      take(data)
    } else if (e.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk))
      try {
        for (let i = 0; i < data.length; i += CHUNK) {
          consumed = Math.min(data.length, i + CHUNK)
          inflate.push(data.subarray(i, consumed), consumed === data.length)
        }
        if (data.length === 0) inflate.push(new Uint8Array(0), true)
      } catch (err) {
        if (err instanceof OpenError) throw err
        throw damaged()
      }
    } else throw damaged()
    if (chunks) kept.set(e.name, concat(chunks, size))
  }
  return kept
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
