// P11、N08（GB/T 15834-2011、GB/T 15835-2011）：相邻两个数字连用表示概数时不加顿号，并用汉字：三四天、五六个，不写“三、四天”“3、4个”。
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const UNIT = '(?=[个天年月人次名家项件条])(?!年级)'
const HAN_PAIR = new RegExp(`(?<![一二三四五六七八九十])([一二三四五六七八九])、([一二三四五六七八九])${UNIT}`, 'g')
const ARABIC_PAIR = new RegExp(`(?<![\\d.])([1-9])、([1-9])${UNIT}`, 'g')
const HAN = '零一二三四五六七八九'

/** 相邻的两个数（后一个比前一个大 1）才是概数；“一、三年级”之类不是。 */
const adjacent = (a: number, b: number) => b === a + 1

export const approximateNumbers = textRule({
  meta: {
    code: 'TB050',
    title: '概数写法',
    name: 'approximate-numbers',
    severity: 'error',
    messages: {
      hanPair: '概数“{{found}}”中间不加顿号',
      arabicPair: '概数“{{found}}”应用汉字写作“{{right}}”',
    },
    description:
      '相邻两数连用表示概数时不加顿号，且用汉字数字：“三四天”“五六个”，不写“三、四天”（警告）或“3、4个”（错误）（规范 P11、N08）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('、')) return
    reportReplacements(
      report,
      text,
      HAN_PAIR,
      'hanPair',
      (h) => (adjacent(HAN.indexOf(h.groups[0]!), HAN.indexOf(h.groups[1]!)) ? h.groups[0]! + h.groups[1]! : null),
      { data: (h) => ({ found: h.text }), severity: 'warning' },
    )
    reportReplacements(report, text, ARABIC_PAIR, 'arabicPair', (h) => {
      const [a, b] = [Number(h.groups[0]), Number(h.groups[1])]
      return adjacent(a, b) ? HAN[a]! + HAN[b]! : null
    })
  },
})
