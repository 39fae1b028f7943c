// 整改时限合乎情理：不早于反馈日期；已过时限的条目应已完成。
import { IsoDate } from '../model/dates'
import { itemRule } from './item-rule'

export const deadline = itemRule({
  meta: {
    code: 'TB051',
    title: '整改时限',
    name: 'deadline',
    severity: 'error',
    description: '条目的整改时限不能早于反馈日期（错误）；时限已过而状态不是“已完成”时给出警告，请核对进展或时限。',
    messages: {
      beforeFeedback: '整改时限{{deadline}}早于反馈日期{{feedback}}',
      overdue: '整改时限{{deadline}}已过，状态仍为“{{status}}”',
    },
  },
  sections: ['rectification'],
  checkItem(item, path, context, report) {
    const d = item.deadline
    if (d === null) return
    const at = { path: path.concat('deadline') }
    if (context.feedbackDate !== null && d < context.feedbackDate) {
      report({
        messageId: 'beforeFeedback',
        data: { deadline: IsoDate.toChinese(d), feedback: IsoDate.toChinese(context.feedbackDate) },
        location: at,
      })
    } else if (d < context.today && item.status !== null && item.status !== '已完成') {
      report({ messageId: 'overdue', data: { deadline: IsoDate.toChinese(d), status: item.status }, location: at, severity: 'warning' })
    }
  },
})
