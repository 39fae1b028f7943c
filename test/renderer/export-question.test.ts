// 导出前的询问：错误和待确认的状态才拦，其他警告和提示照常导出。
import { describe, expect, it } from 'vitest'
import { validate } from '../../core/rules'
import type { Finding } from '../../core/rules/types'
import { createNotice } from '../../core/template/new-notice'
import { exportQuestion } from '../../renderer/panels/export-question'
import { startNextRound } from '../../core/next-round/start-next-round'
import { sampleNotice } from '../support/sample-notice'

const only = (findings: Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity)

describe('导出前是否先问', () => {
  it('新建的空白通报有错误：问“有 N 个错误尚未处理”，N 与检查面板的错误数相同', () => {
    const findings = validate(createNotice('巡察'), { today: '2025-06-30' })
    const errors = only(findings, 'error').length
    expect(errors).toBeGreaterThan(0)
    expect(exportQuestion(findings)).toEqual({ errors, unconfirmed: 0, text: `有 ${errors} 个错误尚未处理，仍要导出吗？` })
  })

  it('只有警告和提示时不问', () => {
    const findings = validate(createNotice('巡察'), { today: '2025-06-30' })
    const notErrors = findings.filter((f) => f.severity !== 'error')
    expect(notErrors.length).toBeGreaterThan(0)
    expect(exportQuestion(notErrors)).toBeNull()
  })

  it('完整的样例通报不问；规则出错（无从判断）时也不拦', () => {
    expect(only(validate(sampleNotice(), { today: '2025-06-30' }), 'error')).toEqual([])
    expect(exportQuestion(validate(sampleNotice(), { today: '2025-06-30' }))).toBeNull()
    expect(exportQuestion(null)).toBeNull()
  })

  it('续报沿用、尚未确认的状态：像错误一样先问，说明待确认的个数', () => {
    const notice = startNextRound(sampleNotice()).notice
    notice.signature.date = '2025-06-01'
    const findings = validate(notice, { today: '2025-06-30' })
    expect(only(findings, 'error')).toEqual([])
    expect(exportQuestion(findings)).toEqual({
      errors: 0,
      unconfirmed: 3,
      text: '有 3 个问题的整改状态待确认（沿用自上一份通报），仍要导出吗？',
    })
    for (const problem of notice.rectification.items.flatMap((a) => a.children)) delete problem.statusPending
    expect(exportQuestion(validate(notice, { today: '2025-06-30' }))).toBeNull()
  })
})
