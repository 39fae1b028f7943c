// 命令行用 Node 的 zlib 打的 zip 包：fflate 与 Python 的 zipfile（逐个核对 CRC-32）都读得出原样的部件、顺序与修改时间。
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipParts } from '../../electron/cli/zip-parts'
import { pseudoRandomBytes } from '../support/pseudo-random-bytes'

const utf8 = new TextEncoder()

const PARTS: [string, Uint8Array][] = [
  ['[Content_Types].xml', utf8.encode('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', utf8.encode('<w:t>中共青山县委关于巡察整改情况的通报</w:t>'.repeat(2000))],
  ['word/empty.xml', new Uint8Array()],
  ['word/media/随机.bin', pseudoRandomBytes(300_000, 7) /* 压不小：DEFLATE 写存储块 */],
]

/** Python 的 zipfile：testzip() 解压每个部件并核对 CRC-32；列出名字、大小、标志与修改时间。 */
function pythonReads(bytes: Uint8Array): { bad: string | null; entries: { name: string; size: number; flags: number; time: number[] }[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'tongbao-zip-')), 'a.zip')
  writeFileSync(file, bytes)
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'print(json.dumps({"bad": z.testzip(), "entries": [{"name": i.filename, "size": i.file_size, "flags": i.flag_bits, "time": list(i.date_time)} for i in z.infolist()]}))',
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }))
}

describe('zip 包（Node 的 zlib）', () => {
  const modified = new Date(2026, 11, 6, 18, 54, 33)
  const zip = zipParts(PARTS, modified)

  it('fflate 解开得到原样的部件，顺序相同', () => {
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual(PARTS.map(([name]) => name))
    // Buffer.equals：逐元素的 toEqual 比 300 KB 要一秒多。
    for (const [name, data] of PARTS) expect(Buffer.from(files[name]!).equals(data), name).toBe(true)
  })

  it('Python 的 zipfile 逐个核对 CRC-32 无误；汉字文件名标为 UTF-8；修改时间是本地时间（2 秒精度）', () => {
    const { bad, entries } = pythonReads(zip)
    expect(bad).toBeNull()
    expect(entries.map((e) => [e.name, e.size])).toEqual(PARTS.map(([name, data]) => [name, data.length]))
    expect(entries.map((e) => (e.flags & 0x800) !== 0)).toEqual([false, false, false, true])
    for (const e of entries) expect(e.time).toEqual([2026, 12, 6, 18, 54, 32])
  })

  it('能压的部件压小了；压不小的照样正确', () => {
    expect(zip.length).toBeLessThan(300_000 + 20_000)
    expect(zipParts([['word/document.xml', PARTS[1]![1]]]).length).toBeLessThan(PARTS[1]![1].length / 20)
  })

  it('没有部件：只有目录尾的空包', () => {
    expect(unzipSync(zipParts([]))).toEqual({})
    expect(pythonReads(zipParts([])).entries).toEqual([])
  })
})
