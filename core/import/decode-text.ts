/** 字节 → 文字：先按 UTF-8（含 BOM、UTF-16 BOM）读，不是合法 UTF-8 再按 GB18030 读；二进制文件给出中文错误。 */
import { OpenError } from '../project/errors'

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** 控制字符（换行、制表等除外）占比过高：这不是文字文件。 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++
  }
  return bad > Math.max(2, sample.length * 0.01)
}

export interface DecodedText {
  text: string
  /** 无法解码、被替换为 U+FFFD 的字节处数（截断或个别坏字节）。 */
  replaced: number
}

function countReplaced(text: string): number {
  let n = 0
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++
  return n
}

/** 少量坏字节（文件被截断在一个字的中间、个别字节损坏）不至于整份不能读。 */
function lossy(label: string, bytes: Uint8Array, tolerance: number): DecodedText | null {
  const text = new TextDecoder(label).decode(bytes)
  const replaced = countReplaced(text)
  return replaced <= Math.max(2, text.length * tolerance) ? { text, replaced } : null
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new OpenError('import.empty')
  let decoded: DecodedText | null = null
  const exact = (label: string, b: Uint8Array) => {
    const text = tryDecode(label, b)
    return text === null ? null : { text, replaced: 0 }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    decoded = exact('utf-8', bytes.subarray(3)) ?? lossy('utf-8', bytes.subarray(3), 0.05)
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = exact('utf-16le', bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = exact('utf-16be', bytes.subarray(2))
  // 先认 UTF-8（容许少量坏字节），再认 GB18030：GB18030 几乎能“解”任何字节对，先试它会把坏了几个字节的
  // UTF-8 读成乱码；而真正的 GB18030 文件按 UTF-8 读，大半的字都会坏掉，远超 5%。
  decoded ??= exact('utf-8', bytes) ?? lossy('utf-8', bytes, 0.05) ?? exact('gb18030', bytes) ?? lossy('gb18030', bytes, 0.01)
  if (decoded === null || looksBinary(decoded.text)) {
    throw new OpenError('import.undecodable')
  }
  return decoded
}
