import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { noticeText } from '../../../core/document/blocks'
import { cleanText } from '../../../core/export/clean-text'
import type { Notice } from '../../../core/model/notice'
import type { DocxReport } from './render'

/** 模型文字：每段一行（标题、各段、落款），经导出前的同一道清理。 */
export function modelLines(notice: Notice): string[] {
  return noticeText(notice)
    .split('\n')
    .map(cleanText)
    .filter((l) => l !== '')
}

/** Word 文字：python-docx 读出的段落；标题的各行合为一行；版头、版记不属于通报正文。 */
export function docxLines(report: DocxReport): string[] {
  const out: string[] = []
  let inTitle = false
  for (const p of report.paragraphs) {
    if (['TongbaoOrgMark', 'TongbaoDocNumber', 'TongbaoBanji'].includes(p.style ?? '')) continue
    if (p.style === 'TongbaoTitle') {
      if (inTitle) out[out.length - 1] += p.text
      else out.push(p.text)
      inTitle = true
      continue
    }
    inTitle = false
    if (p.text !== '') out.push(p.text)
  }
  return out
}

function textOf(n: ChildNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data
  if ('children' in n) return (n.children as ChildNode[]).map(textOf).join('')
  return ''
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export function elements(html: string): Element[] {
  const out: Element[] = []
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        out.push(n as Element)
        walk((n as Element).children)
      }
    }
  }
  walk(parseDocument(html, { decodeEntities: false }).children)
  return out
}

/** 网页文字：文章里的 h1–h5 与段落（不含发布信息行），实体解码后的文字。 */
export function htmlLines(html: string): string[] {
  return elements(html)
    .filter((e) => /^(h[1-6]|p)$/.test(e.name) && e.attribs.class !== 'meta' && e.attribs.class !== 'care')
    .map((e) => decode(textOf(e)))
    .filter((t) => t !== '')
}
