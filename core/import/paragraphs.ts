/** 把纯文本切成段落：每个非空行一段，去掉首尾空白（含不间断空格和全角空格）。 */

/** 所有会被当作空白的字符：ASCII 空白、不间断空格、全角空格、零宽字符。 */
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g

export function cleanLine(line: string): string {
  return line.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '')
}

/** 去掉全部空白（比对用）。 */
export function withoutSpace(s: string): string {
  return s.replace(SPACE, '')
}

/**
 * 从网页复制的表格一行一段、单元格以制表符分隔（至少三格）。这样的行首的制表符是空着的前几格
 * （合并了的“序号”），不是缩进：留着，列才不错位。
 */
function cleanTextLine(line: string): string {
  const clean = cleanLine(line)
  if (clean.split('\t').length < 3) return clean
  const lead = /^\t*/.exec(line.replace(/^[ \u00a0\u3000\u200b\ufeff]+/, ''))![0]
  return lead + clean
}

export function textParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanTextLine)
    .filter((l) => l !== '')
}
