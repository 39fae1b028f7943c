// P05/P06（GB/T 15834-2011）：引号用“”‘’且成对，书名号《》成对，不用直引号和 <<>>。
import { hits } from './patterns'
import { textRule } from './text-rule'
import type { MessageData } from './types'
import { PROSE_KINDS } from './text-units'

/** 开符号 → [闭符号, 名称] */
const PAIRS: Record<string, [string, string]> = {
  '“': ['”', '引号'],
  '‘': ['’', '单引号'],
  '《': ['》', '书名号'],
  '（': ['）', '括号'],
  '〈': ['〉', '书名号'],
}
const OPEN_OF: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([open, [close]]) => [close, open]))
const MARKS = /[“”‘’《》（）〈〉]/g

export const pairedMarks = textRule({
  meta: {
    code: 'TB027',
    title: '引号书名号括号',
    safeFix: true,
    name: 'paired-marks',
    severity: 'error',
    messages: {
      straightQuotes: '应使用中文引号“”，不用直引号',
      straightUnpaired: '直引号 " 没有配对，应使用中文引号“”',
      angleBrackets: '书名号应为《》，不用 <<>>',
      unpaired: '{{name}}“{{found}}”缺少对应的“{{missing}}”',
    },
    description:
      '引号应为“”（内层‘’）且成对出现；书名号《》、括号（）成对；不用直引号 " 和 <<>>（规范 P05、P06）。直引号成对时可一键改为弯引号。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (text.includes('"')) {
      // 直引号：按出现顺序两两配成“”，落单的只报告
      const straight = hits(/"/g, text)
      for (let i = 0; i + 1 < straight.length; i += 2) {
        const a = straight[i]!.start
        const b = straight[i + 1]!.start
        report({
          messageId: 'straightQuotes',
          range: [a, b + 1],
          fix: { label: '改为“”', range: [a, b + 1], text: `“${text.slice(a + 1, b)}”` },
        })
      }
      if (straight.length % 2 === 1) {
        const a = straight[straight.length - 1]!.start
        report({ messageId: 'straightUnpaired', range: [a, a + 1] })
      }
    }
    if (text.includes('<<')) {
      for (const h of hits(/<<([^<>]*)>>/g, text)) {
        report({
          messageId: 'angleBrackets',
          range: [h.start, h.end],
          fix: { label: '改为《》', range: [h.start, h.end], text: `《${h.groups[0]}》` },
        })
      }
    }
    // 各种成对符号各用一个栈，一遍扫完
    const stacks: Record<string, number[]> = {}
    const unmatched: [number, MessageData][] = []
    MARKS.lastIndex = 0
    for (const m of text.matchAll(MARKS)) {
      const ch = m[0]
      if (PAIRS[ch]) (stacks[ch] ??= []).push(m.index)
      else {
        const open = OPEN_OF[ch]!
        if (stacks[open]?.length) stacks[open].pop()
        else unmatched.push([m.index, { name: PAIRS[open]![1], found: ch, missing: open }])
      }
    }
    for (const [open, positions] of Object.entries(stacks)) {
      for (const i of positions) unmatched.push([i, { name: PAIRS[open]![1], found: open, missing: PAIRS[open]![0] }])
    }
    unmatched.sort((a, b) => a[0] - b[0])
    for (const [i, data] of unmatched) report({ messageId: 'unpaired', data, range: [i, i + 1] })
  },
})
