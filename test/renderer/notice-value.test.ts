import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { noticeBlocks } from '../../core/document/blocks'
import { Item, RichText, SECTION_KEYS, type Section } from '../../core/model'
import { createNotice } from '../../core/template/new-notice'
import { sectionToValue, valueToSection } from '../../renderer/editor/notice-value'
import { flatMarkers, valueHeaded } from '../../renderer/editor/structure'
import { startNextRound } from '../../core/next-round/start-next-round'
import { isHeaded } from '../../core/document/numbering'
import { sampleNotice } from '../support/sample-notice'

const runArb = fc
  .record({ text: fc.string({ maxLength: 8 }), bold: fc.option(fc.constant(true as const), { nil: undefined }) })
  .map((r) => (r.bold ? { text: r.text, bold: true as const } : { text: r.text }))
const richArb = fc.array(
  fc.array(runArb, { minLength: 1, maxLength: 3 }).map((children) => ({ type: 'paragraph' as const, children })),
  { maxLength: 3 },
)
const itemArb: fc.Memo<Item> = fc.memo((n) =>
  fc
    .record({
      role: fc.constantFrom('aspect' as const, 'problem' as const, 'measure' as const),
      title: fc.string({ maxLength: 10 }),
      status: fc.constantFrom(null, '已完成' as const, '持续推进' as const),
      unnumbered: fc.boolean(),
      // 格式版本 2 的字段：编辑器元素的类型由 core 的 Item 推导，往返时不能丢。
      statusPending: fc.boolean(),
      leader: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { nil: undefined }),
      body: richArb,
      children: n > 1 ? fc.array(itemArb(n - 1), { maxLength: 3 }) : fc.constant([] as Item[]),
    })
    .map((r) =>
      Item.create(r.role, r.title, {
        status: r.status,
        body: r.body,
        children: r.children,
        ...(r.unnumbered ? { unnumbered: true as const } : {}),
        ...(r.statusPending ? { statusPending: true as const } : {}),
        ...(r.leader ? { leader: r.leader } : {}),
      }),
    ),
)
const sectionArb: fc.Arbitrary<Section> = fc.record({
  // 只有空白的标题也要生成：它等于没有标题，编辑器与导出必须同样对待。
  heading: fc.option(fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '\u3000', '\t ')), { nil: null }),
  paragraphs: richArb,
  items: fc.array(itemArb(4), { maxLength: 4 }),
})

describe('部分 ↔ 编辑器内容', () => {
  it('样例通报的每个部分往返后不变', () => {
    const n = sampleNotice()
    for (const key of SECTION_KEYS) expect(valueToSection(sectionToValue(n[key]))).toEqual(n[key])
  })

  it('续报的部分（上一轮参照、待确认的状态）往返后不变', () => {
    const next = startNextRound(sampleNotice()).notice
    expect(valueToSection(sectionToValue(next.rectification))).toEqual(next.rectification)
    expect(sectionToValue(next.rectification).filter((el) => el.type === 'item' && el.statusPending)).toHaveLength(3)
  })

  it('任意结构的部分往返后不变（含无编号条目、待确认、责任领导、多层嵌套、加粗）', () => {
    fc.assert(
      fc.property(sectionArb, (s) => {
        // 只有空白的标题回来时是 null（无标题），其余不变。
        expect(valueToSection(sectionToValue(s))).toEqual({ ...s, heading: isHeaded(s.heading) ? s.heading : null })
      }),
      { numRuns: 200 },
    )
  })

  it('编辑器显示的编号与导出用的编号一致', () => {
    fc.assert(
      fc.property(sectionArb, (s) => {
        const notice = createNotice('巡视')
        notice.rectification = s
        const exported = noticeBlocks(notice)
          .filter((b) => b.part === 'rectification' && b.path.length > 2)
          .map((b) => ({ marker: b.marker, id: b.path }))
        const value = sectionToValue(s)
        const markers = flatMarkers(value, valueHeaded(value))
        // 每个条目在导出中第一个块携带编号
        const itemMarkers = value.flatMap((el, i) => (el.type === 'item' ? [markers[i]] : []))
        const seen = new Set<string>()
        const exportedMarkers: string[] = []
        for (const b of exported) {
          const itemPath = b.id.slice(0, b.id.lastIndexOf('title') >= 0 ? b.id.lastIndexOf('title') : b.id.lastIndexOf('body')).join('/')
          if (b.id.includes('paragraphs') || seen.has(itemPath)) continue
          seen.add(itemPath)
          exportedMarkers.push(b.marker)
        }
        expect(itemMarkers).toEqual(exportedMarkers)
      }),
      { numRuns: 100 },
    )
  })

  it('空标题的部分映射为“无标题”', () => {
    const value = sectionToValue({ heading: null, paragraphs: RichText.of('甲'), items: [] })
    value[0] = { type: 'section-heading', children: [{ text: '  ' }] }
    expect(valueToSection(value).heading).toBeNull()
  })

  it('跳级的条目挂到最近的上级，不丢内容', () => {
    const value = sectionToValue({ heading: null, paragraphs: [], items: [Item.create('aspect', '甲')] })
    value.push({ ...(value[1] as object), id: 'x', depth: 3, children: [{ text: '乙' }] } as never)
    const s = valueToSection(value)
    expect(s.items[0]!.children.map((c) => c.title)).toEqual(['乙'])
  })
})
