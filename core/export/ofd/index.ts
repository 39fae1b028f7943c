// 通报 → OFD 字节（GB/T 33190-2016 版式文档，页面照 GB/T 9704 的版式）。只返回字节，写文件是调用方（electron/）的事。
import { strToU8, zipSync } from 'fflate'
import { noticeTitle } from '../../derive/title'
import { layoutNotice } from '../../layout/layout-notice'
import { IsoDate } from '../../model/dates'
import type { Notice } from '../../model/notice'
import type { FontRole } from '../../spec/font-profiles'
import { type DocxOptions, issuingOrgan } from '../options'
import { buildOfdFiles, type OfdFiles } from './build-package'
import type { EmbeddedFont } from './resources'

export { buildOfdFiles, contentId, type OfdDocInfo, type OfdFiles } from './build-package'
export type { EmbeddedFont } from './resources'

export interface OfdOptions extends DocxOptions {
  /** 要嵌入的字体文件，按字体角色（仿宋、小标宋……）；没给的角色只写字体名，由阅读器找本机字体。 */
  embedFonts?: Partial<Record<FontRole, EmbeddedFont>>
}

/** 打包：OFD 文件包是 zip。 */
export function zipOfd(files: OfdFiles): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])), {
    level: 6,
    mtime: '2000-01-01',
  })
}

/** 整份通报的 OFD：页与行同 Word、PDF（core/layout）；标题、作者（发文机关）、创建日期（导出当天）写进文档元数据。 */
export function exportOfd(notice: Notice, options: OfdOptions = {}): Uint8Array {
  const layout = layoutNotice(notice, options)
  const info = { title: noticeTitle(notice), author: issuingOrgan(notice), creationDate: options.today ?? IsoDate.today() }
  return zipOfd(buildOfdFiles(layout, info, options.embedFonts))
}
