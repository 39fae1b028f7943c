/**
 * OLE2 复合文档（[MS-CFB]）的只读解析：旧版 Word（.doc）、WPS 文字（.wps）都装在这种“文件里的文件系统”里。
 * 只读根目录下的流。每一步都有边界：扇区号越界、FAT 链成环、链比文件还长、目录成环，都当作文件损坏，
 * 抛出 DocFormatError，不会死循环，也不会按损坏的长度分配内存。
 */

/** 复合文档或 Word 二进制结构损坏、不支持；reason 供开发者看（英文），用户看到的说明由导入器按 kind 给出。 */
export class DocFormatError extends Error {
  constructor(
    readonly kind: 'not-ole' | 'corrupt' | 'no-word-stream' | 'old-word' | 'encrypted',
    reason: string,
  ) {
    super(reason)
    this.name = 'DocFormatError'
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const NO_STREAM = 0xffffffff

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b)
}

export interface CompoundFile {
  /** 根目录下名为 name 的流；没有则为 null。 */
  stream(name: string): Uint8Array | null
  /** 根目录下各项的名字（诊断和判断文件种类用）。 */
  names: string[]
}

interface Entry {
  name: string
  type: number
  left: number
  right: number
  child: number
  start: number
  size: number
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) throw new DocFormatError('not-ole', 'missing OLE2 signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (o: number) => view.getUint16(o, true)
  const u32 = (o: number) => view.getUint32(o, true)
  const sectorShift = u16(0x1e)
  const miniShift = u16(0x20)
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6)
    throw new DocFormatError('corrupt', `bad sector shift ${sectorShift}/${miniShift}`)
  const sectorSize = 1 << sectorShift
  // 头部占第一个扇区；扇区 n 从 (n + 1) × 扇区大小处开始。文件末尾不满一个扇区的部分照样可读（有的程序不补齐）。
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize)
  if (sectorCount <= 0) throw new DocFormatError('corrupt', 'no sectors')
  const sector = (n: number): Uint8Array => {
    if (n >= sectorCount) throw new DocFormatError('corrupt', `sector ${n} out of range`)
    const start = (n + 1) * sectorSize
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length))
  }
  const perSector = sectorSize / 4

  // DIFAT：头部的 109 项，再加 DIFAT 扇区链（每扇区最后一项指向下一扇区）。
  const numFat = u32(0x2c)
  if (numFat > sectorCount) throw new DocFormatError('corrupt', `FAT sector count ${numFat} exceeds file`)
  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + 4 * i))
  let difat = u32(0x44)
  const seenDifat = new Set<number>()
  while (fatSectors.length < numFat && difat !== END_OF_CHAIN && difat !== FREE) {
    if (seenDifat.has(difat)) throw new DocFormatError('corrupt', 'DIFAT chain loops')
    seenDifat.add(difat)
    const bytesOf = sector(difat)
    if (bytesOf.length < sectorSize) throw new DocFormatError('corrupt', 'truncated DIFAT sector')
    const s = new DataView(bytesOf.buffer, bytesOf.byteOffset, sectorSize)
    for (let i = 0; i < perSector - 1 && fatSectors.length < numFat; i++) fatSectors.push(s.getUint32(4 * i, true))
    difat = s.getUint32(4 * (perSector - 1), true)
  }
  const fat = new Uint32Array(fatSectors.length * perSector).fill(FREE)
  fatSectors.forEach((n, i) => {
    const s = sector(n)
    const d = new DataView(s.buffer, s.byteOffset, s.byteLength)
    for (let k = 0; k < perSector && 4 * k + 4 <= s.byteLength; k++) fat[i * perSector + k] = d.getUint32(4 * k, true)
  })

  /** 沿分配表走一条链；成环、越界、链长超过可能的最大值都算损坏。 */
  const chain = (table: Uint32Array, start: number, limit: number): number[] => {
    const out: number[] = []
    const seen = new Set<number>()
    for (let n = start; n !== END_OF_CHAIN; n = table[n]!) {
      if (n >= limit || n >= table.length || seen.has(n) || out.length >= limit) throw new DocFormatError('corrupt', `bad chain at ${n}`)
      seen.add(n)
      out.push(n)
    }
    return out
  }
  const readChain = (start: number, size: number | null): Uint8Array => {
    if (start === END_OF_CHAIN || start === FREE) return new Uint8Array(0)
    const sectors = chain(fat, start, sectorCount)
    const length = size ?? sectors.length * sectorSize
    if (length > sectors.length * sectorSize) throw new DocFormatError('corrupt', `stream size ${length} exceeds its chain`)
    const out = new Uint8Array(length)
    sectors.forEach((n, i) => {
      const s = sector(n)
      if (i * sectorSize < length) out.set(s.subarray(0, Math.min(s.length, length - i * sectorSize)), i * sectorSize)
    })
    return out
  }

  const dir = readChain(u32(0x30), null)
  const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength)
  const entryCount = Math.floor(dir.length / 128)
  const entry = (i: number): Entry => {
    if (i >= entryCount) throw new DocFormatError('corrupt', `directory entry ${i} out of range`)
    const o = i * 128
    // 名字长度按字节计，含结尾的 0。
    const nameLength = Math.min(64, dv.getUint16(o + 0x40, true))
    let name = ''
    for (let k = 0; k + 1 < nameLength; k += 2) {
      const c = dv.getUint16(o + k, true)
      if (c === 0) break
      name += String.fromCharCode(c)
    }
    return {
      name,
      type: dir[o + 0x42]!,
      left: dv.getUint32(o + 0x44, true),
      right: dv.getUint32(o + 0x48, true),
      child: dv.getUint32(o + 0x4c, true),
      start: dv.getUint32(o + 0x74, true),
      // 第 3 版（512 字节扇区）的长度只看低 32 位，高位可能是垃圾。
      size: dv.getUint32(o + 0x78, true),
    }
  }
  const root = entry(0)
  if (root.type !== 5) throw new DocFormatError('corrupt', 'first directory entry is not the root')

  // 根目录的子项是一棵红黑树：沿左右兄弟指针走遍（记下走过的，防环）。
  const children = new Map<string, Entry>()
  const seen = new Set<number>()
  const stack = [root.child]
  while (stack.length) {
    const i = stack.pop()!
    if (i === NO_STREAM) continue
    if (seen.has(i)) throw new DocFormatError('corrupt', 'directory tree loops')
    seen.add(i)
    const e = entry(i)
    children.set(e.name, e)
    stack.push(e.left, e.right)
  }

  const cutoff = u32(0x38) || 4096
  let mini: { data: Uint8Array; table: Uint32Array } | null = null
  const miniStream = () => {
    if (mini) return mini
    const data = readChain(root.start, root.size)
    const tableBytes = readChain(u32(0x3c), null)
    const table = new Uint32Array(Math.floor(tableBytes.length / 4))
    const tv = new DataView(tableBytes.buffer, tableBytes.byteOffset, tableBytes.byteLength)
    for (let k = 0; k < table.length; k++) table[k] = tv.getUint32(4 * k, true)
    mini = { data, table }
    return mini
  }

  return {
    names: [...children.keys()],
    stream(name) {
      const e = children.get(name)
      if (!e || e.type !== 2) return null
      if (e.size >= cutoff) return readChain(e.start, e.size)
      const m = miniStream()
      const count = Math.floor(m.data.length / 64)
      const sectors = e.size === 0 ? [] : chain(m.table, e.start, count)
      if (e.size > sectors.length * 64) throw new DocFormatError('corrupt', 'mini stream size exceeds its chain')
      const out = new Uint8Array(e.size)
      sectors.forEach((n, i) => out.set(m.data.subarray(n * 64, n * 64 + Math.min(64, e.size - i * 64)), i * 64))
      return out
    },
  }
}
