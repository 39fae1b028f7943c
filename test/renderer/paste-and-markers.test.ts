import { describe, expect, it } from 'vitest'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { depthForLevel } from '../../core/document/numbering'
import { typedMarker } from '../../core/import/markers'
import { ancestorRoles, linesToElements } from '../../renderer/paste/lines-to-elements'
import { newItemElement } from '../../renderer/editor/commands'

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
  const shapeOf = (els: ReturnType<typeof linesToElements>) => [...shape(els.body), '|', ...shape(els.items)]

  it('带序号的行成为相应层级的条目，run-in 标题与正文分开，其余为正文', () => {
    const els = linesToElements(
      ['整改工作总体情况如下。', '一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。修订学习规则。', '全年开展学习12次。'],
      { section: 'rectification', sectionHeaded: false, ancestors: [] },
    )
    expect(shapeOf(els)).toEqual([
      'paragraph:整改工作总体情况如下。',
      '|',
      '0:aspect:关于政治建设方面',
      '1:problem:学习不深入的问题',
      '2:measure:健全制度。',
      'item-body:修订学习规则。',
      'item-body:全年开展学习12次。',
    ])
  })

  it('首行“1.”成为第一层条目，“（1）”是它的下级', () => {
    const els = linesToElements(['1.压实责任。', '（1）细化清单。'], { section: 'nextSteps', sectionHeaded: false, ancestors: [] })
    expect(shapeOf(els)).toEqual(['|', '0:measure:压实责任。', '1:measure:细化清单。'])
  })

  it('粘贴在“一、”方面里：“（二）”成为它的下级问题，“1.”“2.”是措施', () => {
    const els = linesToElements(['（二）制度执行不严的问题', '1.修订制度。', '2.开展检查。'], {
      section: 'rectification',
      sectionHeaded: false,
      ancestors: ['aspect'],
    })
    expect(shapeOf(els)).toEqual(['|', '1:problem:制度执行不严的问题', '2:measure:修订制度。', '2:measure:开展检查。'])
  })

  it('空行和全角空格被去掉', () => {
    expect(
      shapeOf(linesToElements(['\u3000\u3000正文', '   ', ''], { section: 'organization', sectionHeaded: false, ancestors: [] })),
    ).toEqual(['paragraph:正文', '|'])
  })
})

describe('粘贴处的上级', () => {
  const item = (depth: number, role: 'aspect' | 'problem' | 'measure'): NoticeElement => ({ ...newItemElement(role, depth, 'x') })
  const value: NoticeElement[] = [
    heading,
    item(0, 'aspect'),
    item(1, 'problem'),
    { type: 'item-body', children: [{ text: 'b' }] },
    item(1, 'problem'),
    item(2, 'measure'),
  ]

  it('光标在正文里：所属条目和它的上级', () => {
    expect(ancestorRoles(value, 3)).toEqual(['aspect', 'problem'])
    expect(ancestorRoles(value, 5)).toEqual(['aspect', 'problem', 'measure'])
    expect(ancestorRoles(value, 0)).toEqual([])
  })

  it('只看更浅的条目（取代空条目时它自己不算）', () => {
    expect(ancestorRoles(value, 4, 2)).toEqual(['aspect', 'problem'])
    expect(ancestorRoles(value, 3, 1)).toEqual(['aspect'])
  })
})
