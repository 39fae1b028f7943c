// 资源文件：PublicRes.xml 列出用到的字体（按字体方案的字体名，可嵌入用户指定的字体文件），
// DocumentRes.xml 放分隔线的绘制参数（GB/T 33190-2016 7.9 资源；8.2 绘制参数，11.1 字形 表 44）。
import type { PageRule } from '../../layout/page-marks'
import { FONT_PROFILES, type FontProfileName, type FontRole } from '../../spec/font-profiles'
import { BANJI, REDHEAD } from '../../spec/gbt9704'
import { ptToMm } from './units'
import { el, mm, part } from './xml'

/** 用户指定要嵌入的字体文件：文件名与字节。 */
export interface EmbeddedFont {
  fileName: string
  bytes: Uint8Array
}

/** 资源文件内引用的文件都在 BaseLoc 目录下（相对于资源文件所在的文档目录）。 */
export const RES_DIR = 'Res'

/** 颜色（RGB 色彩空间的三个 0–255 分量，以空格分开）。 */
export const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(' ')

/** 嵌入字体在包里的文件名：只留字母数字与点、横线，按角色加前缀免得重名。 */
export const embeddedFontName = (role: FontRole, f: EmbeddedFont) => `${role}-${f.fileName.replace(/[^A-Za-z0-9._-]/g, '') || 'font.ttf'}`

/** PublicRes.xml：每个用到的字体角色一个 Font；FontName、FamilyName 都是字体方案给该角色的字体名。 */
export function publicResXml(
  fonts: ReadonlyMap<FontRole, number>,
  profile: FontProfileName,
  embed: Partial<Record<FontRole, EmbeddedFont>>,
): string {
  const names = FONT_PROFILES[profile]
  const items = [...fonts].map(([role, id]) => {
    const file = embed[role]
    return el(
      'Font',
      { ID: id, FontName: names[role], FamilyName: names[role] },
      file ? [el('FontFile', {}, { text: embeddedFontName(role, file) })] : [],
    )
  })
  return part('Res', { BaseLoc: RES_DIR }, [el('Fonts', {}, items)])
}

/** 三种分隔线的线宽与颜色（GB/T 9704 7.2.7 红色分隔线；7.4.1 版记首末条粗线、中间细线）。 */
export const RULE_STYLE: Record<PageRule['kind'], { widthPt: number; color: string }> = {
  separator: { widthPt: REDHEAD.separatorSizeEighthPt / 8, color: REDHEAD.color },
  thick: { widthPt: BANJI.thickRuleEighthPt / 8, color: '000000' },
  thin: { widthPt: BANJI.thinRuleEighthPt / 8, color: '000000' },
}

/** DocumentRes.xml：分隔线的绘制参数，页上的线按种类引用。 */
export function documentResXml(params: Record<PageRule['kind'], number>): string {
  const items = (Object.keys(params) as PageRule['kind'][]).map((k) =>
    el('DrawParam', { ID: params[k], LineWidth: mm(ptToMm(RULE_STYLE[k].widthPt)) }, [
      el('StrokeColor', { Value: rgb(RULE_STYLE[k].color) }),
    ]),
  )
  return part('Res', { BaseLoc: RES_DIR }, [el('DrawParams', {}, items)])
}
