// 版式 → OFD 包内的各个文件（GB/T 33190-2016 第 7 章：主入口、7.5 文档根节点、7.7 页对象、7.9 资源）：OFD.xml → Doc_0/Document.xml → 公共资源、
// 文档资源、每页的 Content.xml。页、行、字都照 core/layout 的版式，不另排一遍。
import type { NoticeLayout } from '../../layout/layout-notice'
import type { PageRule } from '../../layout/page-marks'
import type { FontRole } from '../../spec/font-profiles'
import { PAGE } from '../../spec/gbt9704'
import { OFD_DOC_DIR, OFD_DOC_ID_LENGTH, OFD_DOC_TYPE, OFD_ENTRY, OFD_VERSION } from '../../spec/gbt33190'
import { outlinesXml } from './outlines'
import { type IdSource, pageContentXml } from './page-content'
import { documentResXml, type EmbeddedFont, embeddedFontName, publicResXml, RES_DIR } from './resources'
import { el, part } from './xml'

/** 文档元数据（DocInfo）。 */
export interface OfdDocInfo {
  title: string
  /** 作者：发文机关。 */
  author: string
  /** 创建日期（ISO，xs:date）。 */
  creationDate: string
  /** 32 个字符的文件标识；不给时由内容算出（同样的文档得同样的标识）。 */
  docId?: string
}

/** 包内的文件：路径 → 文字或字节。 */
export type OfdFiles = Record<string, string | Uint8Array>

/** 由文字算出 32 个十六进制字符（四路 FNV-1a）：同样的内容得同样的 DocID，不依赖随机数与时钟。 */
export function contentId(text: string): string {
  const out: string[] = []
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    out.push(h.toString(16).padStart(8, '0'))
  }
  return out.join('').slice(0, OFD_DOC_ID_LENGTH)
}

/** 整个 OFD 包的文件。 */
export function buildOfdFiles(layout: NoticeLayout, info: OfdDocInfo, embed: Partial<Record<FontRole, EmbeddedFont>> = {}): OfdFiles {
  let last = 0
  const ids: IdSource = { next: () => ++last }
  const pageIds = layout.pages.map(() => ids.next())
  const ruleParams: Record<PageRule['kind'], number> = { separator: ids.next(), thick: ids.next(), thin: ids.next() }
  const fonts = new Map<FontRole, number>()
  const fontOf = (role: FontRole) => {
    if (!fonts.has(role)) fonts.set(role, ids.next())
    return fonts.get(role)!
  }
  const pageLoc = (i: number) => `Pages/Page_${i}/Content.xml`
  const files: OfdFiles = {}
  layout.pages.forEach((page, i) => {
    files[`${OFD_DOC_DIR}/${pageLoc(i)}`] = pageContentXml(page, ids, fontOf, ruleParams)
  })
  files[`${OFD_DOC_DIR}/PublicRes.xml`] = publicResXml(fonts, layout.options.profile, embed)
  files[`${OFD_DOC_DIR}/DocumentRes.xml`] = documentResXml(ruleParams)
  for (const [role, f] of Object.entries(embed) as [FontRole, EmbeddedFont][]) {
    if (fonts.has(role)) files[`${OFD_DOC_DIR}/${RES_DIR}/${embeddedFontName(role, f)}`] = f.bytes
  }
  const outlines = outlinesXml(layout.pages, pageIds)
  files[`${OFD_DOC_DIR}/Document.xml`] = part('Document', {}, [
    el('CommonData', {}, [
      el('MaxUnitID', {}, { text: String(last) }),
      el('PageArea', {}, [el('PhysicalBox', {}, { text: `0 0 ${PAGE.widthMm} ${PAGE.heightMm}` })]),
      el('PublicRes', {}, { text: 'PublicRes.xml' }),
      el('DocumentRes', {}, { text: 'DocumentRes.xml' }),
    ]),
    el(
      'Pages',
      {},
      pageIds.map((id, i) => el('Page', { ID: id, BaseLoc: pageLoc(i) })),
    ),
    ...(outlines ? [outlines] : []),
  ])
  const pagesText = layout.pages.map((_, i) => files[`${OFD_DOC_DIR}/${pageLoc(i)}`]).join('')
  files[OFD_ENTRY] = part('OFD', { Version: OFD_VERSION, DocType: OFD_DOC_TYPE }, [
    el('DocBody', {}, [
      el('DocInfo', {}, [
        el('DocID', {}, { text: info.docId ?? contentId(info.title + info.author + pagesText) }),
        el('Title', {}, { text: info.title }),
        el('Author', {}, { text: info.author }),
        el('CreationDate', {}, { text: info.creationDate }),
        el('Creator', {}, { text: '整改通报编辑器' }),
      ]),
      el('DocRoot', {}, { text: `${OFD_DOC_DIR}/Document.xml` }),
    ]),
  ])
  return files
}
