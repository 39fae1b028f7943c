// 日期不晚于今天：巡视、反馈都已发生；成文日期晚于今天多半是笔误（预签日期只作提示）。
import { IsoDate } from '../model/dates'
import type { Path } from '../model/item'
import { noticeRule } from './notice-rule'

export const dateNotFuture = noticeRule({
  meta: {
    code: 'TB016',
    title: '日期晚于今天',
    name: 'date-not-future',
    severity: 'error',
    messages: { future: '{{name}}{{date}}晚于今天' },
    description: '巡视/巡察起止日期和反馈日期不能晚于今天；落款日期晚于今天时给出警告（可能是预填的签发日期）。',
  },
  check(notice, report, context) {
    const m = notice.meta
    const dates: [string | null, Path, string][] = [
      [m.period.start, ['meta', 'period', 'start'], `${m.kind}开始日期`],
      [m.period.end, ['meta', 'period', 'end'], `${m.kind}结束日期`],
      [m.feedbackDate, ['meta', 'feedbackDate'], '反馈日期'],
      [notice.signature.date, ['signature', 'date'], '落款日期'],
    ]
    for (const [date, path, name] of dates) {
      if (date === null || date <= context.today) continue
      report({
        messageId: 'future',
        data: { name, date: IsoDate.toChinese(date) },
        location: { path },
        ...(path[0] === 'signature' ? { severity: 'warning' as const } : {}),
      })
    }
  },
})
