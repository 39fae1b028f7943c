// 大纲（GB/T 33190-2016 7.5 文档根节点 表 5 的 Outlines，大纲节点 OutlineElem）：各级标题按层级嵌套，点击跳到标题所在页的标题处，
// 阅读器的目录栏可由此导航。段内标题句（run-in，“1.……。”后接正文）同样列入，层级取其标题级别。
import type { LayoutPage } from '../../layout/layout-notice'
import type { Para } from '../../layout/paragraphs'
import { lineBox } from './geometry'
import { el, mm } from './xml'

interface Entry {
  title: string
  level: number
  pageId: number
  left: number
  top: number
  children: Entry[]
}

/** 段落若是标题（独立标题或段内标题句），给出标题文字与层级。 */
function headingOf(p: Para): { title: string; level: number } | null {
  const m = /^heading([1-4])$/.exec(p.role)
  if (m) return { title: p.runs.map((r) => r.text).join(''), level: Number(m[1]) }
  const lead = p.role === 'body' ? p.runs.find((r) => r.lead) : undefined
  return lead?.lead ? { title: lead.text, level: lead.lead } : null
}

function entryXml(e: Entry): string {
  const dest = el('Dest', { Type: 'XYZ', PageID: e.pageId, Left: mm(e.left), Top: mm(e.top) })
  return el('OutlineElem', { Title: e.title.trim() }, [
    el('Actions', {}, [el('Action', { Event: 'CLICK' }, [el('Goto', {}, [dest])])]),
    ...e.children.map(entryXml),
  ])
}

/** Outlines 元素；没有标题时为空串（此元素可选）。 */
export function outlinesXml(pages: readonly LayoutPage[], pageIds: readonly number[]): string {
  const roots: Entry[] = []
  const open: Entry[] = []
  const seen = new Set<Para>()
  pages.forEach((page, i) => {
    for (const line of page.lines) {
      if (seen.has(line.para)) continue
      seen.add(line.para)
      const h = headingOf(line.para)
      if (!h || !h.title.trim()) continue
      const box = lineBox(line)
      const e: Entry = { ...h, pageId: pageIds[i]!, left: box.x, top: box.y, children: [] }
      while (open.length && open[open.length - 1]!.level >= e.level) open.pop()
      ;(open.length ? open[open.length - 1]!.children : roots).push(e)
      open.push(e)
    }
  })
  return roots.length ? el('Outlines', {}, roots.map(entryXml)) : ''
}
