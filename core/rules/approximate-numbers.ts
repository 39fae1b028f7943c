// P11、N08（GB/T 15834-2011、GB/T 15835-2011）：相邻两个数字连用表示概数时不加顿号，并用汉字：三四天、五六个，不写“三、四天”“3、4个”。
import { hits } from './patterns'
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
    for (const h of hits(HAN_PAIR, text)) {
      if (!adjacent(HAN.indexOf(h.groups[0]!), HAN.indexOf(h.groups[1]!))) continue
      const right = h.groups[0]! + h.groups[1]!
      report({
        messageId: 'hanPair',
        data: { found: h.text },
        range: [h.start, h.end],
        severity: 'warning',
        fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
      })
    }
    for (const h of hits(ARABIC_PAIR, text)) {
      const [a, b] = [Number(h.groups[0]), Number(h.groups[1])]
      if (!adjacent(a, b)) continue
      const right = HAN[a]! + HAN[b]!
      report({
        messageId: 'arabicPair',
        data: { found: h.text, right },
        range: [h.start, h.end],
        fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
      })
    }
  },
})
