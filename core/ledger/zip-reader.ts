/**
 * 读 .xlsx 的 zip 容器：只解析中央目录，按名取部件，边解压边数字节。
 * 中央目录里写的解压后大小可以是假的，所以上限在解压的过程中检查（总量与解压比），
 * 压缩炸弹在超限的那一块就停下，从不把整个部件先解出来。
 */
import { DecodeUTF8, Inflate } from 'fflate'
import { LedgerError } from './ledger-error'
import { LEDGER_LIMITS } from './limits'

interface Entry {
  method: number
  compressedSize: number
  localOffset: number
}

/**
 * 每次交给解压器的压缩数据块。deflate 的解压比最高约 1032 倍，4 KB 一块时一次最多解出约 4 MB 就会检查一次上限，
 * 压缩炸弹因而停在几 MB 处；再小则正常文件的逐块开销变大。
 */
const CHUNK = 4 * 1024
const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8)
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>()
  /** 已解压的字节合计（所有部件）。 */
  private inflated = 0

  constructor(private readonly bytes: Uint8Array) {
    const b = bytes
    let eocd = -1
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw new LedgerError('not-xlsx')
    const count = u16(b, eocd + 10)
    let at = u32(b, eocd + 16)
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new LedgerError('not-xlsx')
      const flags = u16(b, at + 8)
      const nameLength = u16(b, at + 28)
      const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength))
      if (flags & 1) throw new LedgerError('encrypted')
      this.entries.set(name.replace(/^\//, ''), { method: u16(b, at + 10), compressedSize: u32(b, at + 20), localOffset: u32(b, at + 42) })
      at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32)
    }
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  names(): string[] {
    return [...this.entries.keys()]
  }

  /**
   * 逐块解压一个部件，把解码后的文字交给 onText。超过部件上限、总量上限或解压比时抛出 LedgerError；
   * onText 自己也可以抛出（如行数超限）来提前停止。部件不存在时返回 false。
   */
  streamText(name: string, onText: (text: string) => void): boolean {
    const entry = this.entries.get(name)
    if (!entry) return false
    const b = this.bytes
    const local = entry.localOffset
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw new LedgerError('not-xlsx')
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28)
    const end = start + entry.compressedSize
    if (end > b.length) throw new LedgerError('not-xlsx')
    const decoder = new DecodeUTF8((text) => onText(text))
    let partBytes = 0
    let consumed = 0
    const count = (chunk: Uint8Array) => {
      partBytes += chunk.length
      this.inflated += chunk.length
      const ratioExceeded = partBytes > 1024 * 1024 && partBytes / Math.max(consumed, 1) > LEDGER_LIMITS.ratio
      if (partBytes > LEDGER_LIMITS.partBytes || this.inflated > LEDGER_LIMITS.totalBytes || ratioExceeded)
        throw new LedgerError('zip-bomb')
    }
    if (entry.method === 0) {
      for (let at = start; at < end; at += CHUNK) {
        const chunk = b.subarray(at, Math.min(end, at + CHUNK))
        consumed += chunk.length
        count(chunk)
        decoder.push(chunk, at + CHUNK >= end)
      }
      if (start === end) decoder.push(new Uint8Array(0), true)
      return true
    }
    if (entry.method !== 8) throw new LedgerError('not-xlsx')
    const inflate = new Inflate((chunk, final) => {
      count(chunk)
      decoder.push(chunk, final)
    })
    try {
      for (let at = start; at < end; at += CHUNK) {
        const chunk = b.subarray(at, Math.min(end, at + CHUNK))
        consumed += chunk.length
        inflate.push(chunk, at + CHUNK >= end)
      }
      if (start === end) inflate.push(new Uint8Array(0), true)
    } catch (e) {
      if (e instanceof LedgerError) throw e
      throw new LedgerError('not-xlsx')
    }
    return true
  }

  /** 整个部件的文字（小部件：工作簿、关系、样式）。 */
  text(name: string): string | null {
    let out = ''
    return this.streamText(name, (t) => (out += t)) ? out : null
  }
}
