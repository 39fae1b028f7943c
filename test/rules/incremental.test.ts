// 增量校验：一次编辑后只重查改动过的文字，结果与完整校验 validate() 完全相同。
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { seedNames, seedText } from '../support/seeds'
import { Item, type Path } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { Paragraph } from '../../core/model/rich-text'
import { setAt } from '../../core/rules/apply-fix'
import { createValidator, validate } from '../../core/rules/index'
import { textUnits } from '../../core/rules/text-units'
import { sampleNotice } from '../support/sample-notice'
import { TODAY } from './rule-tester'

const SNIPPETS = [
  '高度重视,认真落实;',
  '2023726，省委巡视组反馈了巡视意见。',
  '贯穿巡察整改全过程。',
  '联系人手机13812345678。',
  '召开××次会议。',
  '巡视反馈的2个方面9个问题，已完成整改1个。',
  '给予党纪处分21人（党内警告11人、严重警告7人、开除党籍2人）。',
  '坚持"立行立改"',
  '1、加强领导',
  '市委第五巡视组',
  '',
  '健全学习制度',
  '0571—86012345',
]
const snippet = fc.oneof(
  fc.constantFrom(...SNIPPETS),
  fc.string({ unit: fc.constantFrom(...'巡视察整改问题，。,;：“”（）0123456789'), maxLength: 20 }),
)

type Edit = (n: Notice, pick: number, text: string) => Notice

const update = (n: Notice, path: Path, value: unknown) => setAt(n, path, value) as Notice

/** 编辑器式的不可变修改：只替换改动路径上的对象，其余对象原样共享。 */
const EDITS: Record<string, Edit> = {
  改一段文字: (n, pick, text) => {
    const units = textUnits(n).filter((u) => u.kind === 'paragraph' && u.paragraph)
    return units.length ? update(n, units[pick % units.length]!.path, Paragraph.of(text)) : n
  },
  改一个标题或字段: (n, pick, text) => {
    const units = textUnits(n).filter((u) => !u.paragraph)
    return units.length ? update(n, units[pick % units.length]!.path, text) : n
  },
  加一条措施: (n, pick, text) => {
    const problems = [...Item.walk(n.rectification.items, ['rectification', 'items'])].filter((e) => e.item.role === 'problem')
    if (!problems.length) return n
    const { item, path } = problems[pick % problems.length]!
    return update(
      n,
      [...path, 'children'],
      [...item.children, Item.create('measure', text, { body: [Paragraph.of(text || '开展专项整治。')] })],
    )
  },
  删一个条目: (n, pick) => {
    const all = [...Item.walk(n.rectification.items, ['rectification', 'items'])]
    if (!all.length) return n
    const { path } = all[pick % all.length]!
    const parent = path.slice(0, -1)
    const index = path[path.length - 1] as number
    let siblings: unknown = n
    for (const k of parent) siblings = (siblings as Record<string | number, unknown>)[k]
    return update(
      n,
      parent,
      (siblings as unknown[]).filter((_, i) => i !== index),
    )
  },
  条目倒序: (n) => update(n, ['rectification', 'items'], [...n.rectification.items].reverse()),
  换巡视巡察: (n) => update(n, ['meta', 'kind'], n.meta.kind === '巡视' ? '巡察' : '巡视'),
  换层级: (n, pick) => update(n, ['meta', 'level'], ['省委', '市委', '县委'][pick % 3]),
  改状态: (n, pick) => {
    const problems = [...Item.walk(n.rectification.items, ['rectification', 'items'])].filter((e) => e.item.role === 'problem')
    return problems.length ? update(n, [...problems[pick % problems.length]!.path, 'status'], pick % 2 ? '已完成' : null) : n
  },
}

const edit = fc.record({ kind: fc.constantFrom(...Object.keys(EDITS)), pick: fc.nat(1000), text: snippet })

describe('增量校验', () => {
  it('改一段文字后只重查这一段', () => {
    const v = createValidator()
    const n0 = sampleNotice()
    v.validate(n0, { today: TODAY })
    expect(v.lastRechecked).toBeGreaterThan(10)
    const path: Path = ['rectification', 'items', 0, 'children', 0, 'children', 1, 'body', 0]
    const n1 = update(n0, path, Paragraph.of('围绕产业发展开展蹲点调研,解决实际问题23个。'))
    const findings = v.validate(n1, { today: TODAY })
    expect(v.lastRechecked).toBe(1)
    expect(findings.some((f) => f.rule === 'TB026')).toBe(true)
    expect(findings).toEqual(validate(n1, { today: TODAY }))
  })

  it('编辑器同步时整篇重建对象：按文字命中缓存，只重查改过的一段', () => {
    const v = createValidator()
    const n0 = sampleNotice()
    v.validate(n0, { today: TODAY })
    const rebuilt = JSON.parse(JSON.stringify(n0)) as Notice
    const n1 = update(rebuilt, ['organization', 'paragraphs', 0], Paragraph.of('高度重视,认真落实。'))
    const findings = v.validate(n1, { today: TODAY })
    expect(v.lastRechecked).toBe(1)
    expect(findings).toEqual(validate(n1, { today: TODAY }))
  })

  it('条目移动后，缓存的结果落到新的位置', () => {
    const v = createValidator()
    const n0 = update(
      sampleNotice(),
      ['rectification', 'items', 0, 'children', 0, 'children', 0, 'body', 0],
      Paragraph.of('高度重视,认真落实'),
    )
    v.validate(n0, { today: TODAY })
    const n1 = EDITS['条目倒序']!(n0, 0, '')
    const findings = v.validate(n1, { today: TODAY })
    expect(v.lastRechecked).toBe(0)
    expect(findings.find((f) => f.rule === 'TB026')?.location.path.slice(0, 3)).toEqual(['rectification', 'items', 1])
    expect(findings).toEqual(validate(n1, { today: TODAY }))
  })

  it('任意一串编辑之后，结果都与完整校验相同', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const v = createValidator()
        let n = sampleNotice()
        v.validate(n, { today: TODAY })
        for (const e of edits) {
          n = EDITS[e.kind]!(n, e.pick, e.text)
          // 有时像编辑器同步那样整篇重建对象
          if (e.pick % 5 === 0) n = JSON.parse(JSON.stringify(n)) as Notice
          expect(v.validate(n, { today: TODAY })).toEqual(validate(n, { today: TODAY }))
        }
      }),
      { numRuns: 60 },
    )
  })

  describe('在导入的样例上', () => {
    const seeds: Notice[] = []
    beforeAll(async () => {
      for (const name of seedNames()) seeds.push((await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice)
    })
    it('任意一串编辑之后，结果都与完整校验相同', () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
          const v = createValidator()
          let n = seeds[which % seeds.length]!
          v.validate(n, { today: TODAY })
          for (const e of edits) {
            n = EDITS[e.kind]!(n, e.pick, e.text)
            expect(v.validate(n, { today: TODAY })).toEqual(validate(n, { today: TODAY }))
          }
        }),
        { numRuns: 15 },
      )
    })
  })
})

describe('分片预热（warm）', () => {
  it('每个样例：每算一个条目就停一次，直到算完；之后的 validate 不再重查条目里的文字，结果与完整校验相同', async () => {
    for (const name of seedNames()) {
      const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
      const validator = createValidator()
      let slices = 0
      while (!validator.warm(notice, { today: TODAY }, () => false)) slices++
      expect(slices).toBeGreaterThan(0)
      const warmed = validator.validate(notice, { today: TODAY })
      expect(warmed).toEqual(validate(notice, { today: TODAY }))
      const itemUnits = textUnits(notice).filter((u) => u.path.includes('items')).length
      expect(validator.lastRechecked).toBeLessThan(textUnits(notice).length - itemUnits + 1)
    }
  })
})
