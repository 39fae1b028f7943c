/**
 * 分页预览：按 GB/T 9704 的版心（每面 22 行、每行 28 字）把线性视图排成若干页。
 * 这是估算而非排版引擎：汉字和全角符号占 1 字，半角字符占半字；标题每行至多 20 字（二号字）且下空一行；
 * 正文首行缩进 2 字；落款右对齐。用于让秘书看到大致篇幅和页数，准确版式以导出的 Word 为准。
 */
import { Block } from '../../core/document/blocks'

export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28
export const TITLE_CHARS_PER_LINE = 20

export type LineKind = 'title' | 'heading1' | 'heading2' | 'body' | 'signature' | 'blank'

export interface PreviewLine {
  kind: LineKind
  text: string
  /** 首行缩进的字数 */
  indent: number
}

export type Page = PreviewLine[]

const width = (ch: string) => (ch.charCodeAt(0) < 0x100 ? 0.5 : 1)

/** GB/T 15834 的行首行尾规则：点号和后半个标号不出现在行首，前半个标号不出现在行尾。 */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》〉」』】”’…—%'))
const NO_LINE_END = new Set(Array.from('（《〈「『【“‘'))

/** 按宽度折行；首行可缩进。行首遇点号时像 Word 一样挤进上一行，行尾的前引号移到下一行。 */
export function wrap(text: string, perLine: number, firstIndent: number): string[] {
  const lines: string[] = []
  let cur = ''
  let used = firstIndent
  for (const ch of Array.from(text)) {
    const w = width(ch)
    const hang = NO_LINE_START.has(ch) && used <= perLine
    if (used + w > perLine && cur !== '' && !hang) {
      let carry = ''
      while (cur.length > 1 && NO_LINE_END.has(cur.slice(-1))) {
        carry = cur.slice(-1) + carry
        cur = cur.slice(0, -1)
      }
      lines.push(cur)
      cur = carry
      used = Array.from(carry).reduce((n, c) => n + width(c), 0)
    }
    cur += ch
    used += w
  }
  if (cur !== '' || lines.length === 0) lines.push(cur)
  return lines
}

export function blockLines(b: Block): PreviewLine[] {
  const text = Block.text(b)
  switch (b.kind) {
    case 'title':
      return [...wrap(text, TITLE_CHARS_PER_LINE, 0).map((t) => ({ kind: 'title' as const, text: t, indent: 0 })), { kind: 'blank', text: '', indent: 0 }]
    case 'signature-org':
    case 'signature-date':
      return wrap(text, CHARS_PER_LINE, 0).map((t) => ({ kind: 'signature' as const, text: t, indent: 0 }))
    default: {
      const kind: LineKind = b.kind === 'heading' && b.level === 1 ? 'heading1' : b.kind === 'heading' && b.level === 2 ? 'heading2' : 'body'
      return wrap(text, CHARS_PER_LINE, 2).map((t, i) => ({ kind, text: t, indent: i === 0 ? 2 : 0 }))
    }
  }
}

export function paginate(blocks: readonly Block[]): Page[] {
  const pages: Page[] = [[]]
  for (const b of blocks) {
    if (b.kind === 'signature-org' && pages[pages.length - 1]!.length > 0) {
      // 落款前空一行（GB/T 9704 7.3.5：正文之下空一行右空四字）。
      pushLine(pages, { kind: 'blank', text: '', indent: 0 })
    }
    for (const line of blockLines(b)) pushLine(pages, line)
  }
  return pages
}

function pushLine(pages: Page[], line: PreviewLine) {
  let page = pages[pages.length - 1]!
  if (page.length >= LINES_PER_PAGE) {
    page = []
    pages.push(page)
  }
  if (line.kind === 'blank' && page.length === 0) return
  page.push(line)
}
