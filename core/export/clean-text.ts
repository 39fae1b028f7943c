// 导出前对用户文字的清理：Word、网页与比对文本都经过同一道清理，三者因而逐字相同。

/**
 * C0/C1 控制字符（含 DEL）、双向文字控制符（U+202A–202E、U+2066–2069、U+200E/200F、U+061C）、
 * 以及 XML 不允许的 U+FFFE/FFFF。export-compliance §5.4 “Safe escaping”。
 */
// oxlint-disable-next-line no-control-regex -- 去掉控制字符正是此处的用意
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g
/** 段内的换行、制表符：段落是一行文字，化为空格，免得 Word 与网页各自解释。 */
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/g
/** 孤立的代理项写不进 XML，也不是任何字符。 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** NFC 规范化，去掉控制符与双向控制符，段内换行化为空格。 */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(LONE_SURROGATE, '').replace(LINE_BREAKS, ' ').replace(INVISIBLE, '')
}
