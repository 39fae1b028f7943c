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

export function textParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter((l) => l !== '')
}
