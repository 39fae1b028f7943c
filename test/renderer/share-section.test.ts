// 编辑一处后，其余条目和段落仍是原来的对象：增量校验按对象缓存，改一段只重查一段。
import fc from 'fast-check'
import { Editor, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { Item, type Notice, RichText, type Section } from '../../core/model'
import { createValidator, validate } from '../../core/rules'
import { createNotice } from '../../core/template/new-notice'
import { createEditors, primeSync, withSections } from '../../renderer/document/editors'
import { valueToSection } from '../../renderer/editor/notice-value'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { shareSection } from '../../renderer/editor/share-section'

const TODAY = '2025-06-30'

/** 自拟的大通报：30 个方面 × 5 个问题 × 4 条措施，每条措施两段正文（约 20 万字）。 */
function largeNotice(): Notice {
  const n = createNotice('巡视', {
    issuer: { fullName: '中共青山县委', shortName: '青山县委' },
    roundLabel: '十五届省委第三轮',
    inspectionGroup: '省委第五巡视组',
  })
  for (let a = 0; a < 30; a++) {
    const problems = Array.from({ length: 5 }, (_, p) =>
      Item.create('problem', `第${a + 1}方面第${p + 1}个问题`, {
        runIn: false,
        status: '持续推进',
        children: Array.from({ length: 4 }, (_, m) =>
          Item.create('measure', `措施${m + 1}。`, {
            body: RichText.of(
              `第${a}-${p}-${m}项：围绕问题清单逐项制定整改措施，明确责任单位和完成时限，实行销号管理,每月调度一次。`,
              `已完成${m + p}项。`,
            ),
          }),
        ),
      }),
    )
    n.rectification.items.push(Item.create('aspect', `关于第${a + 1}个方面的问题`, { runIn: false, children: problems }))
  }
  return n
}

function allItems(items: Item[], out: Item[] = []): Item[] {
  for (const i of items) {
    out.push(i)
    allItems(i.children, out)
  }
  return out
}

describe('编辑器同步时的结构共享', () => {
  const notice = largeNotice()
  const editors = createEditors(notice)
  const synced = withSections(notice, editors)

  it('没有编辑时，同步得到的各部分就是原来的对象', () => {
    expect(synced.rectification).toBe(notice.rectification)
    expect(synced.organization).toBe(notice.organization)
    expect(synced.nextSteps).toBe(notice.nextSteps)
  })

  it('改一段正文后，只有该措施及其所属问题、方面是新对象；增量校验只重查这一段，结果与完整校验相同', () => {
    const validator = createValidator()
    validator.validate(synced, { today: TODAY })
    const editor = editors.rectification
    const target = (editor.children as NoticeElement[]).findIndex(
      (el, i) => el.type === 'item-body' && Editor.string(editor, [i]).startsWith('第17-2-3项'),
    )
    expect(target).toBeGreaterThan(0)
    Transforms.insertText(editor, '新增半角逗号,一处', { at: Editor.end(editor, [target]) })

    const edited = withSections(synced, editors)
    expect(edited.organization).toBe(synced.organization)
    const before = allItems(synced.rectification.items)
    const after = allItems(edited.rectification.items)
    expect(after).toHaveLength(before.length)
    const changed = after.filter((item, i) => item !== before[i])
    expect(changed.map((i) => i.title)).toEqual(['关于第18个方面的问题', '第18方面第3个问题', '措施4。'])
    // 改动的措施里没改的第二段仍是原对象
    const measure = changed[2]!
    expect(measure.body[1]).toBe(before[after.indexOf(measure)]!.body[1])
    expect(RichText.text(measure.body)).toContain('新增半角逗号,一处')

    const incremental = validator.validate(edited, { today: TODAY })
    expect(validator.lastRechecked).toBe(1)
    expect(incremental).toEqual(validate(edited, { today: TODAY }))
  })
})

const runArb = fc
  .record({ text: fc.constantFrom('', '整改', '落实,', '制度。'), bold: fc.boolean() })
  .map((r) => (r.bold ? { text: r.text, bold: true as const } : { text: r.text }))
const richArb = fc.array(
  fc.array(runArb, { minLength: 1, maxLength: 2 }).map((children) => ({ type: 'paragraph' as const, children })),
  { maxLength: 3 },
)
const itemArb: fc.Memo<Item> = fc.memo((n) =>
  fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd'), // 故意重复：id 相同、内容不同时不得共享
      role: fc.constantFrom('aspect' as const, 'problem' as const, 'measure' as const),
      title: fc.constantFrom('', '问题', '措施。'),
      status: fc.constantFrom(null, '已完成' as const),
      body: richArb,
      children: n > 1 ? fc.array(itemArb(n - 1), { maxLength: 3 }) : fc.constant([] as Item[]),
    })
    .map((r) => ({ ...Item.create(r.role, r.title, { status: r.status, body: r.body, children: r.children }), id: r.id })),
)
const sectionArb: fc.Arbitrary<Section> = fc.record({
  heading: fc.constantFrom(null, '一、组织'),
  paragraphs: richArb,
  items: fc.array(itemArb(3), { maxLength: 3 }),
})

describe('shareSection', () => {
  it('结果的内容总是等于新内容（任意新旧两个部分）', () => {
    fc.assert(
      fc.property(sectionArb, sectionArb, (prev, next) => {
        const copy = structuredClone(next)
        expect(shareSection(prev, next)).toEqual(copy)
      }),
      { numRuns: 300 },
    )
  })
})

describe('同步按元素记住段落（notice-value 的 rememberShared）', () => {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('改', ',', '。') }),
    fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('depth' as const), at: fc.nat(), depth: fc.nat({ max: 3 }) }),
    fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  )
  it.each([
    ['先同步一次', 'sync'],
    ['打开后只对上、不同步（primeSync）', 'prime'],
  ])('%s：任意一串编辑（打字、分段、删段、改层级、移动）之后，每次同步的结果都等于从编辑器内容重新转换的结果', (_, start) => {
    fc.assert(
      fc.property(sectionArb, fc.array(edit, { minLength: 1, maxLength: 12 }), (section, edits) => {
        let notice: Notice = { ...createNotice('巡视'), rectification: section }
        const editors = createEditors(notice)
        const editor = editors.rectification
        if (start === 'sync') notice = withSections(notice, editors)
        else primeSync(notice, editors)
        for (const e of edits) {
          const n = editor.children.length
          const i = 1 + (e.at % Math.max(1, n - 1))
          if (i >= n) continue
          if (e.kind === 'type') Transforms.insertText(editor, e.text, { at: Editor.end(editor, [i]) })
          else if (e.kind === 'split') Transforms.splitNodes(editor, { at: Editor.start(editor, [i]), always: true })
          else if (e.kind === 'remove' && n > 2) Transforms.removeNodes(editor, { at: [i] })
          else if (e.kind === 'depth' && (editor.children[i] as NoticeElement).type === 'item')
            Transforms.setNodes(editor, { depth: e.depth } as never, { at: [i] })
          else if (e.kind === 'move') Transforms.moveNodes(editor, { at: [i], to: [1 + (e.to % (n - 1))] })
          notice = withSections(notice, editors)
          const fresh = valueToSection(structuredClone(editor.children))
          expect(notice.rectification).toEqual(fresh)
        }
      }),
      { numRuns: 200 },
    )
  })
})
