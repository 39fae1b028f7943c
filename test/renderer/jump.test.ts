import { describe, expect, it } from 'vitest'
import { createEditors } from '../../renderer/document/editors'
import { fieldId, resolvePath } from '../../renderer/app/jump'
import { sampleNotice } from '../support/sample-notice'

describe('检查结果的位置 → 编辑器中的位置', () => {
  const notice = sampleNotice()
  const editors = createEditors(notice)
  const text = (section: 'rectification' | 'organization', index: number) => {
    const el = editors[section].children[index]!
    return el.children.map((c) => c.text).join('')
  }

  it('条目正文的第 k 段对应其标题之后的第 k+1 个元素', () => {
    const t = resolvePath(notice, editors, ['rectification', 'items', 0, 'children', 0, 'children', 1, 'body', 0])
    expect(t.kind).toBe('editor')
    if (t.kind === 'editor')
      expect(text('rectification', t.index)).toBe(notice.rectification.items[0]!.children[0]!.children[1]!.body[0]!.children[0]!.text)
  })

  it('条目标题对应条目元素；部分段落对应部分标题之后的段落', () => {
    const t = resolvePath(notice, editors, ['rectification', 'items', 1, 'title'])
    if (t.kind === 'editor') expect(text('rectification', t.index)).toBe(notice.rectification.items[1]!.title)
    const p = resolvePath(notice, editors, ['organization', 'paragraphs', 0])
    if (p.kind === 'editor') expect(text('organization', p.index)).toBe(notice.organization.paragraphs[0]!.children[0]!.text)
    expect([t.kind, p.kind]).toEqual(['editor', 'editor'])
  })

  it('信息类的位置（发文机关、联系方式）交给信息面板的对应字段', () => {
    expect(resolvePath(notice, editors, ['meta', 'issuer', 'fullName'])).toEqual({ kind: 'field', path: ['meta', 'issuer', 'fullName'] })
    expect(fieldId(['contact', 'phones'])).toBe('field-/contact/phones')
  })
})
