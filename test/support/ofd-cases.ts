// OFD 验收用的通报：示例通报与五个样例，各一份不带、一份带红头与版记（12 个抄送机关），另加一份需要空白页的。
import type { DocxOptions } from '../../core/export/options'
import { importNotice } from '../../core/import/index'
import { layoutNotice } from '../../core/layout'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { sampleNotice } from './sample-notice'
import { seedNames, seedText } from './seeds'

export const CC = [
  '县纪委县监委',
  '县委各部委',
  '县人大常委会党组',
  '县政府党组',
  '县政协党组',
  '县法院党组',
  '县检察院党组',
  '各乡镇党委',
  '县直各单位党组（党委）',
  '县委巡察办',
  '县人武部党委',
  '县属国有企业党委',
]
export const SIGN_OFF: DocxOptions = { redhead: true, banji: { cc: CC, printer: '中共青山县委办公室' }, today: '2024-09-20' }
export const PLAIN: DocxOptions = { redhead: false, banji: false, today: '2024-09-20' }

export interface OfdCase {
  name: string
  notice: Notice
  options: DocxOptions
}

/** 正文加长到落款正好排在偶数页末：版记只能另起一页，须加空白页（GB/T 9704 7.5：空白页与版记页不编页码）。 */
export function blankPageNotice(options: DocxOptions = SIGN_OFF): Notice {
  for (let extra = 1; extra < 80; extra++) {
    const n = sampleNotice()
    n.organization.paragraphs = [
      ...n.organization.paragraphs,
      ...RichText.of(...Array.from({ length: extra }, () => '各级党组织对照问题清单逐项整改到位。')),
    ]
    if (layoutNotice(n, options).pages.some((p) => p.number === null)) return n
  }
  throw new Error('没有构造出需要空白页的通报')
}

export async function ofdCases(): Promise<OfdCase[]> {
  const notices: [string, Notice][] = [['sample', sampleNotice()]]
  for (const s of seedNames())
    notices.push([s.slice(0, 3), (await importNotice({ name: s, bytes: new TextEncoder().encode(seedText(s)) })).notice])
  const cases = notices.flatMap(([name, notice]) => [
    { name, notice, options: PLAIN },
    { name: `${name}-signoff`, notice, options: SIGN_OFF },
  ])
  cases.push({ name: 'blank-page-signoff', notice: blankPageNotice(), options: SIGN_OFF })
  return cases
}
