import { describe, expect, it } from 'vitest'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { depthForLevel } from '../../core/document/numbering'
import { typedMarker } from '../../core/import/markers'
import { linesToElements } from '../../renderer/paste/lines-to-elements'

const heading: NoticeElement = { type: 'section-heading', children: [{ text: '' }] }
const shape = (els: NoticeElement[]) =>
  els.map((e) =>
    e.type === 'item' ? `${e.depth}:${e.role}:${e.children[0]!.text}` : `${e.type}:${e.children.map((c) => c.text).join('')}`,
  )

describe('段首序号识别', () => {
  it.each([
    ['一、关于', 1, 2],
    ['十二、关于', 1, 3],
    ['（三）问题', 2, 3],
    ['(三)问题', 2, 3],
    ['3.压实责任', 3, 2],
    ['（12）具体', 4, 4],
  ])('“%s”是第 %i 层序号', (text, level, length) => {
    expect(typedMarker(text)).toEqual({ level, length })
  })

  it.each(['1.5万元', '2024年', '关于一、二', '一是加强领导'])('“%s”不是序号', (text) => {
    expect(typedMarker(text)).toBeNull()
  })

  it('部分有标题时“（一）”是条目的第一层', () => {
    expect(depthForLevel(2, true)).toBe(0)
    expect(depthForLevel(2, false)).toBe(1)
  })
})

describe('粘贴的文字行变成结构', () => {
  it('带序号的行成为相应层级的条目，run-in 标题与正文分开，其余为正文', () => {
    const els = linesToElements(
      ['整改工作总体情况如下。', '一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。修订学习规则。', '全年开展学习12次。'],
      {
        section: 'rectification',
        sectionHeaded: false,
        before: [heading],
      },
    )
    expect(shape(els)).toEqual([
      'paragraph:整改工作总体情况如下。',
      '0:aspect:关于政治建设方面',
      '1:problem:学习不深入的问题',
      '2:measure:健全制度。',
      'item-body:修订学习规则。',
      'item-body:全年开展学习12次。',
    ])
  })

  it('跳级的序号不会越过上一层（首行“1.”成为第一层条目）', () => {
    const els = linesToElements(['1.压实责任。', '（1）细化清单。'], { section: 'nextSteps', sectionHeaded: false, before: [heading] })
    expect(shape(els)).toEqual(['0:measure:压实责任。', '1:measure:细化清单。'])
  })

  it('空行和全角空格被去掉', () => {
    expect(
      shape(linesToElements(['\u3000\u3000正文', '   ', ''], { section: 'organization', sectionHeaded: false, before: [heading] })),
    ).toEqual(['paragraph:正文'])
  })
})
