/** 网页（保存的 .html）→ 通报模型：去掉脚本、样式、导航，保留文字和段落边界。 */
import { Parser } from 'htmlparser2'
import type { ImportResult } from './import-result'
import { importFromParagraphs } from './import-from-text'
import { checkCharacters, LIMITS, LimitError } from './limits'
import { cleanLine } from './paragraphs'
import { type SourceCell, span, tableToParagraphs } from './problem-table'

/** 读表格时的状态：行 → 单元格 → 单元格里的各段。 */
interface Table {
  rows: SourceCell[][]
  row: SourceCell[] | null
  cell: SourceCell | null
}

/** 内容不属于正文的元素。 */
const SKIP = new Set([
  'script',
  'style',
  'nav',
  'noscript',
  'template',
  'iframe',
  'svg',
  'select',
  'button',
  'head',
  'object',
  'canvas',
  'math',
])
/** 开始或结束都意味着换段的元素。 */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'center',
  'form',
  'body',
  'html',
  'title',
  // 老式政府网站用表格排版，导航和正文在同一行的不同单元格里：每个单元格各自成段。
  'td',
  'th',
])
const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’]'
/**
 * HTML 源码里的折行一般显示为一个空格；但折行的任一侧是汉字或全角标点时不占位
 * （CSS Text 3 “segment break transformation”），否则中文里会平白多出空格。
 */
const WRAP_AFTER_CJK = new RegExp(`(${CJK})[ \\t]*[\\r\\n][ \\t\\r\\n]*`, 'g')
const WRAP_BEFORE_CJK = new RegExp(`[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=${CJK})`, 'g')

/** HTML → 段落文字（一段一个字符串）。 */
export function htmlParagraphs(html: string): string[] {
  checkCharacters(html.length)
  const out: string[] = []
  let line = ''
  let skip = 0
  let pre = 0
  // 有序列表的编号由浏览器画出，不在文字里：按嵌套深度补回（第一层“1.”，第二层“（1）”），
  // 层级交给文体解析器按出现先后判断。无序列表不补。
  const lists: { ordered: boolean; next: number }[] = []
  let orderedDepth = 0
  // 打开着的元素层数，与 htmlparser2 自己的元素栈同步（空元素和隐含的闭合它也报 onclosetag）。
  // 它的栈每层都要移位，几十万层的嵌套会变成平方级：超过上限即停。
  let depth = 0
  const tables: Table[] = []
  // 段落写到哪里：表格单元格里的段落先记在单元格中，表格读完再决定去向。
  const target = (): string[] => {
    const t = tables[tables.length - 1]
    return t?.cell?.paragraphs ?? out
  }
  const flush = () => {
    const l = cleanLine(
      pre
        ? line
        : line
            .replace(WRAP_AFTER_CJK, '$1')
            .replace(WRAP_BEFORE_CJK, '')
            .replace(/[ \t\r\n]+/g, ' '),
    )
    if (l && pre) {
      for (const p of l.split(/\r?\n/).map(cleanLine)) if (p) target().push(p)
    } else if (l) target().push(l)
    line = ''
  }
  const closeCell = (t: Table) => {
    if (t.cell) (t.row ?? (t.row = [])).push(t.cell)
    t.cell = null
  }
  const closeRow = (t: Table) => {
    closeCell(t)
    if (t.row) t.rows.push(t.row)
    t.row = null
  }
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > LIMITS.markupDepth) throw new LimitError('limit.nesting-too-deep', { what: '网页元素', limit: LIMITS.markupDepth })
        if (SKIP.has(name)) skip++
        else if (!skip && BLOCK.has(name)) flush()
        if (name === 'pre') pre++
        if (skip) return
        if (name === 'table') tables.push({ rows: [], row: null, cell: null })
        const table = tables[tables.length - 1]
        if (table && name === 'tr') closeRow(table)
        if (table && (name === 'td' || name === 'th')) {
          closeCell(table)
          table.cell = { paragraphs: [], colspan: span(attrs.colspan), rowspan: span(attrs.rowspan) }
        }
        if (name === 'ol' || name === 'ul') {
          lists.push({ ordered: name === 'ol', next: name === 'ol' ? Number(attrs.start ?? 1) || 1 : 0 })
          if (name === 'ol') orderedDepth++
        }
        const list = lists[lists.length - 1]
        if (name === 'li' && list?.ordered) {
          line += orderedDepth === 1 ? `${list.next}.` : `（${list.next}）`
          list.next++
        }
      },
      ontext(text) {
        if (!skip) line += text
      },
      onclosetag(name) {
        depth--
        if (SKIP.has(name)) skip = Math.max(0, skip - 1)
        else if (!skip && BLOCK.has(name)) flush()
        const table = tables[tables.length - 1]
        if (!skip && table) {
          if (name === 'td' || name === 'th') closeCell(table)
          else if (name === 'tr') closeRow(table)
          else if (name === 'table') {
            closeRow(table)
            tables.pop()
            append(target(), tableToParagraphs(table.rows))
          }
        }
        if (!skip && (name === 'ol' || name === 'ul') && lists.pop()?.ordered) orderedDepth--
        if (name === 'pre') pre = Math.max(0, pre - 1)
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  flush()
  // 没有闭合的表格（文件被截断）：已读到的单元格照样保留。
  while (tables.length) {
    const t = tables.pop()!
    closeRow(t)
    append(target(), tableToParagraphs(t.rows))
  }
  return out
}

/** 逐个追加：展开成参数（push(...xs)）在几十万项时会撑爆调用栈。 */
function append(to: string[], xs: string[]): void {
  for (const x of xs) to.push(x)
}

export function importFromHtml(html: string): ImportResult {
  return importFromParagraphs(htmlParagraphs(html))
}
