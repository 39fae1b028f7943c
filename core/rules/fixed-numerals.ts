// N09（GB/T 15835-2011 4.1.2）：定型的词语、缩略语中的数字用汉字：两个维护、四个意识、一把手、三会一课……
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

/** 阿拉伯数字写法 → 规范写法。只收公文中常见、且不会是计数的说法。 */
const FIXED: Record<string, string> = {
  '2个维护': '两个维护',
  '2个确立': '两个确立',
  '4个意识': '四个意识',
  '4个自信': '四个自信',
  '1把手': '一把手',
  '1岗双责': '一岗双责',
  '3会1课': '三会一课',
  '3重1大': '三重一大',
  '2学1做': '两学一做',
  '8项规定': '八项规定',
  '8八战略': '八八战略',
  第1议题: '第一议题',
  第1书记: '第一书记',
}
// 一个正则一遍扫完；“4风”只在后接问题、建设等时才是“四风”
const PATTERN = new RegExp(`${Object.keys(FIXED).join('|')}|(?<!\\d)4风(?=问题|建设|整治|方面|突出)`, 'g')

export const fixedNumerals = textRule({
  meta: {
    code: 'TB041',
    title: '定型词语中的数字',
    name: 'fixed-numerals',
    severity: 'error',
    messages: {
      arabic: '定型词语“{{right}}”中的数字应用汉字，此处写作“{{found}}”',
    },
    description:
      '定型词语中的数字用汉字，如“两个维护”“四个意识”“一把手”“三会一课”“中央八项规定”，不写“2个维护”“1把手”（GB/T 15835-2011，规范 N09）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d/.test(text)) return
    reportReplacements(report, text, PATTERN, 'arabic', (h) => FIXED[h.text] ?? '四风')
  },
})
