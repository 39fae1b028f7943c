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

/** 包里各文件的修改时间：固定，同一份通报导出的包逐字节相同。 */
export const OFD_MODIFIED = '2000-01-01'

/** 包内路径 → 字节，压缩之前。 */
export function ofdParts(files: OfdFiles): [string, Uint8Array][] {
  return Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])
}

/** 打包：OFD 文件包是 zip。命令行用 Node 的 zlib 自己打包（electron/cli/zip-parts.ts）：嵌入十几兆的字体时快近一倍。 */
export function zipOfd(files: OfdFiles): Uint8Array {
  return zipSync(Object.fromEntries(ofdParts(files)), { level: 6, mtime: OFD_MODIFIED })
}

/** 整份通报的 OFD：页与行同 Word、PDF（core/layout）；标题、作者（发文机关）、创建日期（导出当天）写进文档元数据。 */
export function exportOfd(notice: Notice, options: OfdOptions = {}): Uint8Array {
  return zipOfd(exportOfdFiles(notice, options))
}

/** 包里的文件，打包之前（exportOfd 与命令行共用）。 */
export function exportOfdFiles(notice: Notice, options: OfdOptions = {}): OfdFiles {
  const layout = layoutNotice(notice, options)
  const info = { title: noticeTitle(notice), author: issuingOrgan(notice), creationDate: options.today ?? IsoDate.today() }
  return buildOfdFiles(layout, info, options.embedFonts)
}
