import { describe, expect, it } from 'vitest'
import { MAX_PASTE_CHARS, MAX_PASTE_PAYLOAD, pasteRejection } from '../../renderer/paste/paste-limit'

describe('粘贴大小上限', () => {
  it('一篇通报大小的粘贴照常进行', () => {
    expect(pasteRejection(300_000, 60_000)).toBeNull()
  })
  it('文字超过上限：说明字数并指向“导入”', () => {
    const msg = pasteRejection(12_000_000, 10_000_000)!
    expect(msg).toContain('约 1000 万字')
    expect(msg).toContain('导入')
    expect(msg).toContain('现有文字未受影响')
  })
  it('原始数据过大时不解析，按 MB 说明', () => {
    expect(pasteRejection(MAX_PASTE_PAYLOAD + 1, null)).toMatch(/约 20\.0 MB/)
    expect(pasteRejection(MAX_PASTE_CHARS, MAX_PASTE_CHARS)).toBeNull()
  })
})
