// 字宽：版式计算用的字体度量。汉字与全角符号一律 1 字（em）；半角字符（数字、拉丁字母、半角标点）各有其宽。
// 这里的半角字宽是测试与预览所用的免费替代字体（test/.fontconfig：仿宋、宋体、小标宋 → Noto Serif CJK SC，
// 黑体 → Noto Sans CJK SC，楷体 → AR PL UKai CN）hmtx 表中的前进宽度，千分之一 em，由字体文件读出
// （Noto Serif CJK SC 的“2”为 0.558 em，不是半字）。机关电脑上的仿宋_GB2312 等真字体数字为 0.5 em，
// 所以在 Word/WPS 中个别含数字的行可能与预览略有出入——预览会说明这一点。
import type { FontRole } from '../spec/font-profiles'

/** 替代字体的三种字形：衬线（仿宋、宋体、小标宋）、无衬线（黑体）、楷体。 */
export type MetricFace = 'serif' | 'sans' | 'kai'

export const FACE_OF_ROLE: Record<FontRole, MetricFace> = {
  fangsong: 'serif',
  songti: 'serif',
  xiaobiaosong: 'serif',
  heiti: 'sans',
  kaiti: 'kai',
}

/** U+0020–U+007E 的前进宽度（‰ em），依次排列。 */
const ASCII: Record<MetricFace, readonly number[]> = {
  serif: [
    256, 308, 376, 574, 550, 923, 779, 196, 364, 364, 478, 580, 327, 346, 327, 352, 557, 471, 558, 557, 555, 558, 558, 549, 558, 562, 327,
    327, 580, 580, 580, 432, 912, 718, 670, 691, 770, 652, 629, 741, 853, 405, 402, 731, 625, 975, 796, 767, 641, 767, 715, 567, 659, 797,
    714, 1053, 700, 687, 605, 344, 352, 344, 580, 563, 435, 557, 638, 538, 629, 546, 388, 566, 663, 332, 311, 607, 334, 974, 661, 596, 638,
    607, 462, 473, 367, 653, 548, 838, 564, 552, 498, 374, 316, 374, 580,
  ],
  sans: [
    224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555, 555, 555, 278,
    278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721,
    575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620,
    620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
  ],
  kai: Array.from({ length: 95 }, () => 500),
}

/**
 * U+0080–U+2E7F 中不是 1 em 的字符（同样读自字体文件）；其余按 1 em。不换行空格（U+00A0，网页抄来的正文里常有）与空格同宽
 * [VERIFIED：样例 001 第 12 页“落地见效 进一步”，LibreOffice 7.4 排出的间隙 4.1 pt = 0.256 字]。
 */
const OTHER: Record<MetricFace, Readonly<Record<string, number>>> = {
  serif: { '\u00a0': 256, '°': 342, '·': 327, '–': 563, '—': 890, '′': 261, '″': 440 },
  sans: { '\u00a0': 224, '°': 370, '–': 536, '—': 894, '′': 278, '″': 474 },
  kai: { '\u00a0': 500, '°': 500, '·': 500, '±': 500, '×': 500, '÷': 500 },
}

/** 一个字符的前进宽度（em）。 */
export function advanceEm(ch: string, face: MetricFace): number {
  const cp = ch.codePointAt(0)!
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[face][cp - 0x20]! / 1000
  const other = OTHER[face][ch]
  return other === undefined ? 1 : other / 1000
}

/**
 * 字符的文字类别，决定中西文之间的自动间距（OOXML w:autoSpaceDE/DN 默认开启）：
 * 汉字与全角符号为 asian，半角字母数字为 western，空格与多数通用标点随前文（weak）。
 */
export type Script = 'asian' | 'western' | 'weak'

export function scriptOf(ch: string): Script {
  const cp = ch.codePointAt(0)!
  if (/[A-Za-z0-9\u00c0-\u024f]/.test(ch)) return 'western'
  if (cp >= 0x2e80 || (cp >= 0x2460 && cp <= 0x24ff)) return 'asian'
  return 'weak'
}

/**
 * 中西文自动间距（em）：Word 与 LibreOffice 在汉字与数字、字母之间自动加约四分之一字的间隙
 * （OOXML autoSpaceDE/autoSpaceDN 默认开启），只在相邻的汉字与西文字母数字之间，标点两侧不加。
 * [VERIFIED：LibreOffice 7.4 排出的 PDF 中不拉伸的段末行上量得 3.45 pt（3号字，85 处）、3.04 pt（4号字），即 0.216 字；
 * 五个样例逐行比对，0.218–0.222 吻合最多（曾取 0.23：数字多的行算宽了，“流程图19”“5月31日新”排到下一行）。]
 */
export const AUTO_SPACE_EM = 0.22
