// 日期先后：巡视/巡察开始 ≤ 结束 < 反馈 ≤ 落款（成文日期）≤ 网页发布日期。
import type { Path } from '../model/item'
import { noticeRule } from './notice-rule'
import { IsoDate } from '../model/dates'

export const dateOrder = noticeRule({
  meta: {
    code: 'TB015',
    title: '日期先后不对',
    name: 'date-order',
    severity: 'error',
    messages: {
      notAfter: '{{later}}（{{laterDate}}）应晚于{{earlier}}（{{earlierDate}}）',
      notBefore: '{{later}}（{{laterDate}}）不应早于{{earlier}}（{{earlierDate}}）',
    },
    description:
      '日期须合乎先后：巡视/巡察开始日期不晚于结束日期，结束早于反馈日期，反馈日期不晚于落款的成文日期，成文日期不晚于网页发布日期（导入网页时保留）。',
  },
  check(notice, report) {
    const m = notice.meta
    const k = m.kind
    const chain: [string | null, Path, string][] = [
      [m.period.start, ['meta', 'period', 'start'], `${k}开始日期`],
      [m.period.end, ['meta', 'period', 'end'], `${k}结束日期`],
      [m.feedbackDate, ['meta', 'feedbackDate'], '反馈日期'],
      [notice.signature.date, ['signature', 'date'], '落款日期'],
      [m.publication.date, ['meta', 'publication', 'date'], '网页发布日期'],
    ]
    // 相邻的已填日期两两比较；结束与反馈不能同日（反馈在进驻结束之后）。
    const filled = chain.filter((c): c is [string, Path, string] => c[0] !== null)
    for (let i = 1; i < filled.length; i++) {
      const [a, , aName] = filled[i - 1]!
      const [b, bPath, bName] = filled[i]!
      const strict = aName.endsWith('结束日期') && bName === '反馈日期'
      if (strict ? b <= a : b < a) {
        report({
          messageId: strict ? 'notAfter' : 'notBefore',
          data: { later: bName, laterDate: IsoDate.toChinese(b), earlier: aName, earlierDate: IsoDate.toChinese(a) },
          location: { path: bPath },
        })
      }
    }
  },
})
