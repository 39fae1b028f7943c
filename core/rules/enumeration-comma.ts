// P10（GB/T 15834-2011）：带引号或书名号的并列成分之间不用顿号。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const COMMA = /(?<=[”》])、(?=[“《])/g

export const enumerationComma = textRule({
  meta: {
    code: 'TB029',
    title: '引号书名号间的顿号',
    safeFix: true,
    name: 'enumeration-comma',
    severity: 'error',
    messages: {
      comma: '并列的引号或书名号之间不用顿号',
    },
    description: '并列的引号或书名号之间不用顿号：写“立行立改”“长期坚持”、《条例》《办法》（规范 P10）。可一键删去顿号。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('”、') && !text.includes('》、')) return
    for (const h of hits(COMMA, text)) {
      report({ messageId: 'comma', range: [h.start, h.end], fix: { label: '删去顿号', range: [h.start, h.end], text: '' } })
    }
  },
})
