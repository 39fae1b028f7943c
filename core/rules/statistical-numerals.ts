// N06、N10（GB/T 15835-2011）：统计、计量的数字用阿拉伯数字：共发现问题45个、完成率15%，不写“四十五个”“百分之十五”。
import { fromHanNumber } from '../model/numbering'
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const COUNT = /(?<=[共计发现整改完成查处处分办结立案受理制定建立])([一二三四五六七八九]?十[一二三四五六七八九]?)(个|项|件|条|人|次|起)/g
const PERCENT = /百分之([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|百)/g

export const statisticalNumerals = textRule({
  meta: {
    code: 'TB049',
    title: '统计数字用阿拉伯数字',
    name: 'statistical-numerals',
    severity: 'warning',
    messages: {
      count: '统计数字“{{found}}”应写作“{{right}}”',
      percent: '百分数“{{found}}”应写作“{{right}}”',
    },
    description:
      '统计数字用阿拉伯数字：“发现问题45个”“完成率15%”，不写“四十五个”“百分之十五”（GB/T 15835-2011，规范 N06、N10）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('十') && !text.includes('百分之')) return
    reportReplacements(report, text, COUNT, 'count', (h) => {
      const n = fromHanNumber(h.groups[0]!)
      return n === null ? null : `${n}${h.groups[1]}`
    })
    reportReplacements(report, text, PERCENT, 'percent', (h) => {
      const n = h.groups[0] === '百' ? 100 : fromHanNumber(h.groups[0]!)
      return n === null ? null : `${n}%`
    })
  },
})
