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
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++
  }
  return bad > Math.max(2, sample.length * 0.01)
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new OpenError('empty', '文件是空的，没有可导入的内容。')
  let text: string | null = null
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = tryDecode('utf-8', bytes.subarray(3))
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = tryDecode('utf-16le', bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = tryDecode('utf-16be', bytes.subarray(2))
  text ??= tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes)
  if (text === null || looksBinary(text)) {
    throw new OpenError('binary', '无法识别文件中的文字：它可能是图片、压缩包等二进制文件，或使用了不支持的编码。请导入 .txt、.html 或 .docx 文件。')
  }
  return text
}
