// 统计数字中的细分加起来等于总数（党纪处分8人：留党察看2人、开除党籍6人）。
import type { Count, Statistics } from '../model/notice'
import { noticeRule } from './notice-rule'

const COUNTS: [keyof Statistics & string, string][] = [
  ['partyDiscipline', '党纪处分'],
  ['governmentSanction', '政务处分'],
  ['organizationalHandling', '组织处理'],
  ['admonishment', '诫勉'],
  ['educationReminder', '教育提醒'],
]

export const statisticsBreakdown = noticeRule({
  meta: {
    code: 'TB024',
    title: '统计细分之和不等于总数',
    name: 'statistics-breakdown',
    severity: 'error',
    messages: { sum: '{{label}}总数{{total}}人，细分之和为{{sum}}人' },
    description: '统计数字中各类处理的细分之和应等于总数（如党纪处分8人，其中留党察看2人、开除党籍6人）。给出“按细分改总数”的候选。',
  },
  check(notice, report) {
    for (const [key, label] of COUNTS) {
      const c = notice.statistics[key] as Count
      if (c.total === null || c.breakdown.length === 0) continue
      const sum = c.breakdown.reduce((a, b) => a + b.count, 0)
      if (sum === c.total) continue
      const path = ['statistics', key, 'total']
      report({
        messageId: 'sum',
        data: { label, total: c.total, sum },
        location: { path },
        suggestions: [{ kind: 'set-value', label: `总数改为${sum}`, path, value: sum }],
      })
    }
  },
})
