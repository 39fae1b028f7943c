// 测试用的 OFD 读取器：只读 OFD 包本身（fflate 解压、htmlparser2 解析 XML），顺着 OFD.xml → Document.xml →
// 各页 Content.xml 的引用找到每个字的位置。不引用 core/export/ofd 的任何代码，导出器写错了它不会跟着错。
import { strFromU8, unzipSync } from 'fflate'
import { parseDocument } from 'htmlparser2'
import type { Element } from 'domhandler'

export const OFD_NS = 'http://www.ofdspec.org/2016'

/** 一个 TextCode 的字：页上的横坐标（mm，第一个字起逐个加 DeltaX）与基线纵坐标（mm）。 */
export interface ReadRun {
  text: string
  xs: number[]
  y: number
  fontName: string
  familyName: string
  sizeMm: number
  color: string
  bold: boolean
  hScale: number
}

export interface ReadPath {
  box: number[]
  lineWidth: number
  color: string
  data: string
}

export interface ReadPage {
  id: string
  runs: ReadRun[]
  paths: ReadPath[]
}

export interface ReadOfd {
  /** 包内的每个 XML 部件的文字。 */
  xml: Record<string, string>
  files: Record<string, Uint8Array>
  docInfo: Record<string, string>
  maxUnitId: number
  physicalBox: number[]
  pages: ReadPage[]
  outlines: { title: string; pageId: string; depth: number }[]
  /** 读的过程中发现的结构问题（缺元素、缺属性、未声明命名空间、引用不到的资源、重复的 ID）。 */
  problems: string[]
}

const kids = (e: Element, name?: string): Element[] =>
  e.children.filter((c): c is Element => c.type === 'tag' && (name === undefined || c.name === `ofd:${name}`))
const kid = (e: Element, name: string) => kids(e, name)[0]
const textOf = (e: Element | undefined): string =>
  e ? e.children.map((c) => ('data' in c ? String(c.data) : c.type === 'tag' ? textOf(c as Element) : '')).join('') : ''
const nums = (s: string | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean).map(Number)
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '')

/** DeltaX 的值：数字，或“g 个数 值”的缩写（11.3 文字定位）。 */
function deltas(s: string | undefined): number[] {
  const t = (s ?? '').trim().split(/\s+/).filter(Boolean)
  const out: number[] = []
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'g') {
      const n = Number(t[i + 1])
      const v = Number(t[i + 2])
      for (let k = 0; k < n; k++) out.push(v)
      i += 2
    } else out.push(Number(t[i]))
  }
  return out
}

export function readOfd(bytes: Uint8Array): ReadOfd {
  const files = unzipSync(bytes)
  const xml: Record<string, string> = {}
  const problems: string[] = []
  const ids = new Set<string>()
  const root = (path: string, name: string): Element => {
    const data = files[path]
    if (!data) {
      problems.push(`缺少部件 ${path}`)
      return { type: 'tag', name: '', attribs: {}, children: [] } as unknown as Element
    }
    xml[path] = strFromU8(data)
    const doc = parseDocument(xml[path]!, { xmlMode: true })
    const r = doc.children.find((c): c is Element => c.type === 'tag')
    if (!r || r.name !== `ofd:${name}`) problems.push(`${path} 的根元素不是 ofd:${name}`)
    if (r?.attribs['xmlns:ofd'] !== OFD_NS) problems.push(`${path} 没有声明 ofd 命名空间`)
    const walk = (e: Element) => {
      if (!e.name.startsWith('ofd:')) problems.push(`${path} 中的元素 ${e.name} 不在 ofd 命名空间`)
      if (e.attribs.ID !== undefined) {
        if (ids.has(e.attribs.ID)) problems.push(`重复的 ID ${e.attribs.ID}`)
        ids.add(e.attribs.ID)
      }
      kids(e).forEach(walk)
    }
    if (r) walk(r)
    return r ?? ({ type: 'tag', name: '', attribs: {}, children: [] } as unknown as Element)
  }
  const need = (e: Element | undefined, what: string) => {
    if (!e) problems.push(`缺少 ${what}`)
    return e
  }
  const attr = (e: Element | undefined, a: string, where: string) => {
    const v = e?.attribs[a]
    if (v === undefined) problems.push(`${where} 缺少属性 ${a}`)
    return v ?? ''
  }

  const ofd = root('OFD.xml', 'OFD')
  if (ofd.attribs.Version !== '1.0' || ofd.attribs.DocType !== 'OFD') problems.push('OFD.xml 的 Version/DocType 不对')
  const body = need(kid(ofd, 'DocBody'), 'DocBody')
  const info = need(body && kid(body, 'DocInfo'), 'DocInfo')
  const docInfo: Record<string, string> = {}
  for (const e of info ? kids(info) : []) docInfo[e.name.slice(4)] = textOf(e)
  for (const k of ['DocID', 'Title', 'Author', 'CreationDate']) if (!docInfo[k]) problems.push(`DocInfo 缺少 ${k}`)
  if (docInfo.DocID && !/^[0-9a-zA-Z]{32}$/.test(docInfo.DocID)) problems.push('DocID 不是 32 个字符')
  const docRoot = textOf(need(body && kid(body, 'DocRoot'), 'DocRoot')).trim()
  const doc = root(docRoot, 'Document')
  const base = dirOf(docRoot)
  const common = need(kid(doc, 'CommonData'), 'CommonData')
  const maxUnitId = Number(textOf(need(common && kid(common, 'MaxUnitID'), 'MaxUnitID')))
  const area = need(common && kid(common, 'PageArea'), 'PageArea')
  const physicalBox = nums(textOf(need(area && kid(area, 'PhysicalBox'), 'PhysicalBox')))

  // 字体：PublicRes 与 DocumentRes 中的 Font，按 ID 找。
  const fonts = new Map<string, { fontName: string; familyName: string }>()
  for (const loc of [...(common ? kids(common, 'PublicRes') : []), ...(common ? kids(common, 'DocumentRes') : [])]) {
    const path = base + textOf(loc).trim()
    const res = root(path, 'Res')
    attr(res, 'BaseLoc', path)
    for (const group of kids(res, 'Fonts')) {
      for (const f of kids(group, 'Font')) {
        fonts.set(attr(f, 'ID', 'Font'), { fontName: attr(f, 'FontName', 'Font'), familyName: f.attribs.FamilyName ?? '' })
        const file = kid(f, 'FontFile')
        if (file && !files[dirOf(path) + res.attribs.BaseLoc + '/' + textOf(file).trim()])
          problems.push(`嵌入字体文件不在包里：${textOf(file)}`)
      }
    }
  }

  const pagesEl = need(kid(doc, 'Pages'), 'Pages')
  const pages: ReadPage[] = (pagesEl ? kids(pagesEl, 'Page') : []).map((p) => {
    const path = base + attr(p, 'BaseLoc', 'Page')
    const page = root(path, 'Page')
    const content = need(kid(page, 'Content'), `${path} 的 Content`)
    const runs: ReadRun[] = []
    const paths: ReadPath[] = []
    for (const layer of content ? kids(content, 'Layer') : []) {
      for (const o of kids(layer)) {
        const box = nums(attr(o, 'Boundary', o.name))
        if (box.length !== 4) problems.push(`${path}：Boundary 不是四个数`)
        if (o.attribs.CTM) problems.push(`${path}：读取器不处理 CTM`)
        if (o.name === 'ofd:TextObject') {
          const font = fonts.get(attr(o, 'Font', 'TextObject'))
          if (!font) problems.push(`${path}：字体 ${o.attribs.Font} 在资源中找不到`)
          const color = kid(o, 'FillColor')?.attribs.Value ?? '0 0 0'
          for (const code of kids(o, 'TextCode')) {
            const text = Array.from(textOf(code))
            const d = deltas(code.attribs.DeltaX)
            if (d.length > text.length - 1) problems.push(`${path}：DeltaX 比字多`)
            const xs: number[] = []
            let x = box[0]! + Number(attr(code, 'X', 'TextCode'))
            text.forEach((_, i) => {
              if (i > 0) x += d[i - 1] ?? 0
              xs.push(x)
            })
            runs.push({
              text: text.join(''),
              xs,
              y: box[1]! + Number(attr(code, 'Y', 'TextCode')),
              fontName: font?.fontName ?? '',
              familyName: font?.familyName ?? '',
              sizeMm: Number(attr(o, 'Size', 'TextObject')),
              color,
              bold: Number(o.attribs.Weight ?? 400) >= 700,
              hScale: Number(o.attribs.HScale ?? 1),
            })
          }
        } else if (o.name === 'ofd:PathObject') {
          paths.push({
            box,
            lineWidth: Number(o.attribs.LineWidth ?? 0.353),
            color: kid(o, 'StrokeColor')?.attribs.Value ?? '0 0 0',
            data: textOf(kid(o, 'AbbreviatedData')),
          })
        } else problems.push(`${path}：未预期的对象 ${o.name}`)
      }
    }
    return { id: p.attribs.ID ?? '', runs, paths }
  })
  for (const id of ids) if (Number(id) > maxUnitId) problems.push(`ID ${id} 大于 MaxUnitID ${maxUnitId}`)

  const outlines: ReadOfd['outlines'] = []
  const walkOutline = (e: Element, depth: number) => {
    for (const o of kids(e, 'OutlineElem')) {
      const dest = kid(kid(kid(kid(o, 'Actions') ?? o, 'Action') ?? o, 'Goto') ?? o, 'Dest')
      outlines.push({ title: attr(o, 'Title', 'OutlineElem'), pageId: dest?.attribs.PageID ?? '', depth })
      walkOutline(o, depth + 1)
    }
  }
  const ol = kid(doc, 'Outlines')
  if (ol) walkOutline(ol, 0)
  const pageIds = new Set(pages.map((p) => p.id))
  for (const o of outlines) if (!pageIds.has(o.pageId)) problems.push(`大纲“${o.title}”指向不存在的页`)

  return { xml, files, docInfo, maxUnitId, physicalBox, pages, outlines, problems }
}

/** 一页上的行：基线相同（差不到 0.05 mm）的文字连成一行，按横坐标排。 */
export function readLines(page: ReadPage): { text: string; x: number; y: number }[] {
  const sorted = [...page.runs].sort((a, b) => a.y - b.y || a.xs[0]! - b.xs[0]!)
  const lines: { runs: ReadRun[]; y: number }[] = []
  for (const r of sorted) {
    const last = lines[lines.length - 1]
    if (last && Math.abs(last.y - r.y) < 0.05) last.runs.push(r)
    else lines.push({ runs: [r], y: r.y })
  }
  return lines.map((l) => {
    const runs = l.runs.sort((a, b) => a.xs[0]! - b.xs[0]!)
    return { text: runs.map((r) => r.text).join(''), x: runs[0]!.xs[0]!, y: l.y }
  })
}
