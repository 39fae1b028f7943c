// P07/P08（GB/T 15834-2011）：省略号为“……”，破折号为“——”。
import type { Hit } from './patterns'
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const ELLIPSIS = /\.{3,}|。{3,}|(?<!…)…(?!…)/g
const DASH = /(?<![-\d])--(?!-)|－－|―{1,2}/g

export const ellipsisDash = textRule({
  meta: {
    code: 'TB028',
    title: '省略号和破折号',
    safeFix: true,
    name: 'ellipsis-dash',
    severity: 'error',
    messages: {
      ellipsis: '省略号应写作“……”，此处为“{{found}}”',
      dash: '破折号应写作“——”，此处为“{{found}}”',
    },
    description: '省略号应为两个“…”（……），不用 ...、。。。 或单个 …；破折号应为“——”，不用 --、－－ 或 ―（规范 P07、P08）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\.\.\.|。。。|…|--|－－|―/.test(text)) return
    const found = (h: Hit) => ({ found: h.text })
    reportReplacements(report, text, ELLIPSIS, 'ellipsis', () => '……', { data: found })
    reportReplacements(report, text, DASH, 'dash', () => '——', { data: found })
  },
})
