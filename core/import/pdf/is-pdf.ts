/** PDF 以“%PDF-”开头；规范允许它前面有少量别的字节（前 1024 字节内）。单独成文件：导入入口据此分派，不必先载入 PDF 的读法。 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024)
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true
  }
  return false
}
