// 标题里手写的序号：编号由层级位置推导，标题文字再写一遍就会在导出时出现两个序号。
import { HAN_NUMERAL_CHARS as HAN_NUMERALS } from '../model/numbering'
import { textRule } from './text-rule'

const LEADING_MARKER = new RegExp(
  `^\\s*(?:[${HAN_NUMERALS}]+[、.．]|[（(](?:[${HAN_NUMERALS}]+|\\d{1,2})[)）][、，.．]?|\\d{1,2}[.．、](?!\\d)|[①-⑳][、.．]?)\\s*`,
)

export const duplicateMarker = textRule({
  meta: {
    code: 'TB031',
    title: '手写的重复序号',
    name: 'duplicate-marker',
    severity: 'warning',
    messages: {
      typed: '标题开头手写了序号“{{marker}}”，序号会自动生成',
    },
    description: '条目和部分的序号（一、（一）1.（1））由所在层级自动生成；标题开头再手写序号，导出时会重复。可一键删去手写的序号。',
  },
  kinds: ['heading', 'run-in-heading'],
  checkText(text, _kind, _ctx, report) {
    const m = LEADING_MARKER.exec(text)
    if (!m || m[0].length === text.length) return
    const end = m[0].length
    report({
      messageId: 'typed',
      data: { marker: m[0].trim() },
      range: [0, end],
      fix: { label: '删去手写的序号', range: [0, end], text: '' },
    })
  },
})
