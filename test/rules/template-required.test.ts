import { describe, expect, it } from 'vitest'
import { PART_KEYS } from '../../core/model/notice'
import { validate } from '../../core/rules/index'
import { templateFor } from '../../core/template/templates'
import { sampleNotice } from '../support/sample-notice'

describe('必备部分由模板数据决定', () => {
  it.each(['巡视', '巡察'] as const)('%s：去掉某部分时，恰在模板 required 中的部分报“缺少”错误', (kind) => {
    const required = templateFor(kind).required
    expect(required).not.toContain('statistics')
    for (const part of PART_KEYS) {
      const n = sampleNotice()
      n.meta.kind = kind
      n.parts = n.parts.filter((p) => p !== part)
      const missing = validate(n, { today: '2024-12-31' }).filter((f) => f.severity === 'error' && /^缺少“/.test(f.message))
      expect(missing.length > 0, `${kind} 去掉 ${part}`).toBe(required.includes(part))
    }
  })
})
