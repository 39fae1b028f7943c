// 通报正文 → HTML 节点：独立标题为 h2–h5（按实际嵌套排级，不跳级），段内标题为 <p> 里的 <strong>。
import { type Block, noticeBlocks } from '../../document/blocks'
import type { Notice } from '../../model/notice'
import type { TextRun } from '../../model/rich-text'
import { el, type HtmlElement, type HtmlNode } from './node'

function runNodes(runs: TextRun[]): HtmlNode[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => {
      let n: HtmlNode = r.text
      if (r.italic) n = el('em', 'em', [n])
      if (r.bold) n = el('strong', 'strong', [n])
      return n
    })
}

const HEADING_ROLES = ['h2', 'h3', 'h4', 'h5'] as const

/**
 * 标题元素的级别由独立标题的嵌套决定：一级标题下直接出现的三级独立标题也排为 h3，
 * 免得跳级（axe heading-order，export-compliance H-STRUCT-01）。
 */
function headingRanker(): (level: number) => (typeof HEADING_ROLES)[number] {
  const open: number[] = []
  return (level) => {
    while (open.length && open.at(-1)! >= level) open.pop()
    open.push(level)
    return HEADING_ROLES[Math.min(open.length, HEADING_ROLES.length) - 1]!
  }
}

/** 标题之外的正文节点，含落款（标题由页面放进 h1，片段不含标题）。 */
export function articleBody(notice: Notice): HtmlElement[] {
  const rank = headingRanker()
  return noticeBlocks(notice).flatMap((b) => blockNodes(b, rank))
}

function blockNodes(b: Block, rank: (level: number) => (typeof HEADING_ROLES)[number]): HtmlElement[] {
  switch (b.kind) {
    case 'title':
      return []
    case 'heading': {
      const role = rank(b.level || 1)
      return [el(role, role, [b.marker + b.heading])]
    }
    case 'paragraph': {
      const lead = b.marker + b.heading
      return [lead ? el('p', 'run-in', [el('strong', 'strong', [lead]), ...runNodes(b.runs)]) : el('p', 'p', runNodes(b.runs))]
    }
    case 'signature-org':
      return [el('p', 'signature', runNodes(b.runs))]
    case 'signature-date':
      return [el('p', 'date', runNodes(b.runs))]
  }
}
