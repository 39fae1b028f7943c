// 完整性：导语。由通报信息生成的导语要用到层级、期间、巡视组、对象和反馈日期，缺哪项就报哪项。
import type { Path } from '../model/item'
import { RichText } from '../model/rich-text'
import { partRule } from './part-presence'

export const leadPresent = partRule('lead', {
  meta: {
    code: 'TB002',
    title: '缺少导语',
    name: 'lead-present',
    severity: 'error',
    description:
      '通报须有导语：手写导语不能为空；由通报信息生成导语时，巡视/巡察层级、起止日期、巡视/巡察组、被巡视/巡察对象和反馈日期都须填写（导语中的日期取自这些字段）。',
    messages: {
      empty: '导语为空',
      missingField: '导语缺少{{field}}',
    },
  },
  check(notice, report) {
    const override = notice.lead.override
    if (override !== null) {
      if (RichText.isEmpty(override)) report({ messageId: 'empty', location: { path: ['lead', 'override'] } })
      return
    }
    const m = notice.meta
    const missing: [boolean, Path, string][] = [
      [!m.level.trim(), ['meta', 'level'], `${m.kind}层级（如省委、市委）`],
      [m.period.start === null, ['meta', 'period', 'start'], `${m.kind}开始日期`],
      [m.period.end === null, ['meta', 'period', 'end'], `${m.kind}结束日期`],
      [!m.inspectionGroup.trim(), ['meta', 'inspectionGroup'], `${m.kind}组`],
      [!(m.target?.trim() || m.issuer.shortName.trim() || m.issuer.fullName.trim()), ['meta', 'target'], `被${m.kind}对象`],
      [m.feedbackDate === null, ['meta', 'feedbackDate'], '反馈日期'],
    ]
    for (const [isMissing, path, field] of missing)
      if (isMissing) report({ messageId: 'missingField', data: { field }, location: { path } })
  },
})
