import { describe, expect, it } from 'vitest'
import { exportReadiness } from '../../core/export/readiness'
import type { Finding, Severity } from '../../core/rules/types'

const finding = (severity: Severity): Finding => ({ rule: 'TB000', severity, message: '示例', location: { path: ['title'] } })

describe('导出前的确认', () => {
  it('没有问题：直接导出，不提示', () => {
    expect(exportReadiness([])).toMatchObject({ needsConfirmation: false, errors: [], warnings: [] })
  })

  it('只有警告和提示：照常导出，告知警告数', () => {
    const r = exportReadiness([finding('warning'), finding('info'), finding('warning')])
    expect(r.needsConfirmation).toBe(false)
    expect(r.warnings).toHaveLength(2)
  })

  it('有错误：须先确认，并说明错误数', () => {
    const r = exportReadiness([finding('error'), finding('warning')])
    expect(r.needsConfirmation).toBe(true)
    expect(r.errors).toHaveLength(1)
  })
})
