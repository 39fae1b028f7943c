/** .docx 是 zip 包，以“PK\x03\x04”开头。单独成文件：导入入口据此分派，而不必为判断类型先载入 mammoth。 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}
