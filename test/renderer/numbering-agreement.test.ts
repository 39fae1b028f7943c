// 同一份通报的编号在编辑器、大纲、分页预览和 Word 文档中完全相同——包括只有空白的部分标题（它等于没有标题）。
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sectionMarkers } from '../../core/document/numbering'
import { exportDocx } from '../../core/export/docx/index'
import { Item, type ItemRole, type Notice, RichText, SECTION_KEYS, type SectionKey } from '../../core/model'
import { createNotice } from '../../core/template/new-notice'
import { DocumentStore } from '../../renderer/document/store'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { outlineEntries } from '../../renderer/panels/outline-entries'
import { layoutNotice } from '../../core/layout'

interface Shape {
  role: ItemRole
  unnumbered: boolean
  runIn: boolean
  body: boolean
  children: Shape[]
}

const shape: fc.Memo<Shape> = fc.memo((n) =>
  fc.record({
    role: fc.constantFrom<ItemRole>('aspect', 'problem', 'measure'),
    unnumbered: fc.boolean(),
    runIn: fc.boolean(),
    body: fc.boolean(),
    children: n > 1 ? fc.array(shape(n - 1), { maxLength: 3 }) : fc.constant([]),
  }),
)
/** 部分标题：无、空串、各种只有空白的（半角、全角空格、制表符）、有文字的。 */
const heading = fc.constantFrom<string | null>(null, '', ' ', '   ', '\u3000', '\t', ' \u3000 ', 'TITLE')

const arbitrary = fc.record({
  kind: fc.constantFrom('巡视' as const, '巡察' as const),
  sections: fc.tuple(...SECTION_KEYS.map(() => fc.record({ heading, items: fc.array(shape(6), { maxLength: 4 }) }))),
  /** 通报中出现哪些部分、按什么顺序（部分标题的一级序号按出现顺序取） */
  order: fc.shuffledSubarray([...SECTION_KEYS]),
})

/** 生成通报；每个条目的标题是独一无二的记号 QnQ，部分标题记号 HkH，用来在各种输出里找到它前面的编号。 */
function build({ kind, sections, order }: typeof arbitrary extends fc.Arbitrary<infer T> ? T : never): Notice {
  const notice = createNotice(kind)
  let n = 0
  const toItem = (s: Shape): Item =>
    Item.create(s.role, `Q${++n}Q`, {
      runIn: s.runIn,
      body: s.body ? RichText.of('正文') : [],
      children: s.children.map(toItem),
      ...(s.unnumbered ? { unnumbered: true as const } : {}),
    })
  SECTION_KEYS.forEach((key, k) => {
    const h = sections[k]!.heading
    notice[key] = { heading: h === 'TITLE' ? `H${k}H` : h, paragraphs: [], items: sections[k]!.items.map(toItem) }
  })
  const others = notice.parts.filter((p) => !(SECTION_KEYS as readonly string[]).includes(p))
  notice.parts = [...others.slice(0, 2), ...order, ...others.slice(2)]
  return notice
}

/** 各部分：部分标题的序号，然后各条目的序号（文档顺序）。 */
type Numbering = Record<SectionKey, { section: string; items: string[] }>

/** 编辑器显示的：部分标题旁的序号（纸面按 sectionMarkers 给出）和每个条目行的 MarkerStore 序号。 */
function editorNumbering(notice: Notice): Numbering {
  const store = new DocumentStore(notice)
  const headings = sectionMarkers(store.flush())
  const out = {} as Numbering
  for (const key of SECTION_KEYS) {
    const editor = store.editors[key]
    const items = (editor.children as NoticeElement[]).flatMap((el) => (el.type === 'item' ? [editor.markers.get(el.id)] : []))
    out[key] = { section: headings[key], items }
  }
  return out
}

function outlineNumbering(notice: Notice): Record<SectionKey, string[]> {
  const entries = outlineEntries(notice)
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, entries.filter((e) => e.section === key).map((e) => e.marker)])) as Record<
    SectionKey,
    string[]
  >
}

/** 在按顺序排列的文字行（预览的行、Word 的段落）中找记号，取它前面的文字作为编号。 */
function numberingInLines(lines: string[], notice: Notice): Numbering {
  const markerOf = (token: string): string | undefined => {
    for (const line of lines) {
      const i = line.indexOf(token)
      if (i >= 0) return line.slice(0, i).trim()
    }
    return undefined
  }
  const out = {} as Numbering
  SECTION_KEYS.forEach((key, k) => {
    const items = [...Item.walk(notice[key].items, [])].map(({ item }) => markerOf(item.title) ?? `（缺少 ${item.title}）`)
    out[key] = { section: markerOf(`H${k}H`) ?? '', items }
  })
  return out
}

// 预览画的就是 core/layout 排好的页（renderer/preview/layout-page.tsx）。
const previewLines = (notice: Notice) =>
  layoutNotice(notice).pages.flatMap((page) => page.lines.map((line) => line.runs.map((r) => r.text).join('')))

async function docxParagraphs(notice: Notice): Promise<string[]> {
  const xml = strFromU8(unzipSync(await exportDocx(notice))['word/document.xml']!)
  return xml.split(/<w:p[ >]/).map((p) => p.replace(/<[^>]+>/g, ''))
}

describe('编号只有一个来源', () => {
  it('任意结构与角色、任意部分标题（含只有空白的）、任意部分的有无与顺序：编辑器、大纲、预览、Word 中的编号相同', async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const notice = build(input)
        // 只比较通报中出现的部分（纸面、预览、Word 都只排出现的部分）
        const shown = <T>(r: Record<SectionKey, T>) => Object.fromEntries(input.order.map((k) => [k, r[k]]))
        const editor = editorNumbering(notice)
        const outline = outlineNumbering(notice)
        for (const key of input.order) expect(outline[key]).toEqual(editor[key].items)
        // 大纲的下标（跳转、拖放用）指向编辑器中同一条目的标题行
        const editors = new DocumentStore(notice).editors
        for (const e of outlineEntries(notice)) expect(editors[e.section].children[e.index]).toMatchObject({ type: 'item', id: e.id })
        expect(shown(numberingInLines(previewLines(notice), notice))).toEqual(shown(editor))
        expect(shown(numberingInLines(await docxParagraphs(notice), notice))).toEqual(shown(editor))
      }),
      { numRuns: 40 },
    )
  })

  it('只有空白的部分标题不占一级序号：条目从“一、”起编，与没有标题时相同', () => {
    const notice = createNotice('巡视')
    notice.rectification = { heading: '  ', paragraphs: [], items: [Item.create('aspect', 'Q1Q')] }
    expect(editorNumbering(notice).rectification).toEqual({ section: '', items: ['一、'] })
    expect(numberingInLines(previewLines(notice), notice).rectification.items).toEqual(['一、'])
  })
})
