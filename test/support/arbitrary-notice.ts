import fc from 'fast-check'
import { PART_KEYS, type Item, type Notice } from '../../core/model/notice'
import type { Paragraph } from '../../core/model/rich-text'
import { IsoDate } from '../../core/model/dates'

/** 生成任意合法通报的 fast-check arbitrary：含中文、标点、emoji、控制字符、深层条目。 */
const hanText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'巡视察整改问题措施一二三已完成的和“”（）、，。；：0123456789'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
    fc.constant('\u00a0'),
  ),
  maxLength: 40,
})
const run = fc
  .record({
    text: hanText,
    bold: fc.option(fc.constant(true as const), { nil: undefined }),
    italic: fc.option(fc.constant(true as const), { nil: undefined }),
  })
  .map((r) => {
    const out: { text: string; bold?: true; italic?: true } = { text: r.text }
    if (r.bold) out.bold = true
    if (r.italic) out.italic = true
    return out
  })
const paragraph: fc.Arbitrary<Paragraph> = fc
  .array(run, { minLength: 1, maxLength: 3 })
  .map((children) => ({ type: 'paragraph' as const, children }))
const richText = fc.array(paragraph, { maxLength: 3 })
const isoDate = fc
  .record({ y: fc.integer({ min: 1990, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => IsoDate.of(y, m, d))
const maybeDate = fc.option(isoDate, { nil: null })
const status = fc.constantFrom('已完成' as const, '基本完成' as const, '持续推进' as const, null)

const item: fc.Memo<Item> = fc.memo((n) =>
  fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{8}$/),
      role: fc.constantFrom('aspect' as const, 'problem' as const, 'measure' as const),
      title: hanText,
      runIn: fc.boolean(),
      unnumbered: fc.option(fc.constant(true as const), { nil: undefined }),
      status,
      deadline: maybeDate,
      responsible: fc.option(hanText, { nil: null }),
      body: richText,
      children: n > 1 ? fc.array(item(n - 1), { maxLength: 3 }) : fc.constant([]),
      reference: fc.option(fc.record({ title: hanText, status, body: richText }), { nil: undefined }),
      statusPending: fc.option(fc.constant(true as const), { nil: undefined }),
      leader: fc.option(
        hanText.filter((s) => s.length > 0),
        { nil: undefined },
      ),
    })
    .map((i) => {
      const out = { ...i } as Item
      if (out.unnumbered === undefined) delete out.unnumbered
      if (out.reference === undefined) delete out.reference
      if (out.statusPending === undefined) delete out.statusPending
      if (out.leader === undefined) delete out.leader
      return out
    }),
)
const section = fc.record({ heading: fc.option(hanText, { nil: null }), paragraphs: richText, items: fc.array(item(4), { maxLength: 4 }) })
const count = fc.record({
  total: fc.option(fc.nat(500), { nil: null }),
  breakdown: fc.array(fc.record({ label: hanText.filter((s) => s.length > 0), count: fc.nat(100) }), { maxLength: 3 }),
})

export const arbitraryNotice: fc.Arbitrary<Notice> = fc
  .record({
    meta: fc.record({
      issuer: fc.record({ fullName: hanText, shortName: hanText }),
      kind: fc.constantFrom('巡视' as const, '巡察' as const),
      level: hanText,
      roundLabel: hanText,
      inspectionGroup: hanText,
      target: fc.option(hanText, { nil: null }),
      topic: fc.option(hanText, { nil: null }),
      period: fc.record({ start: maybeDate, end: maybeDate }),
      feedbackDate: maybeDate,
      reportKind: fc.constantFrom('整改进展情况' as const, '整改情况' as const),
      publication: fc.record({ date: maybeDate, source: fc.option(hanText, { nil: null }) }),
    }),
    parts: fc.subarray([...PART_KEYS]),
    title: fc.record({ override: fc.option(hanText, { nil: null }) }),
    lead: fc.record({ override: fc.option(richText, { nil: null }) }),
    organization: section,
    statistics: fc.record({
      partyDiscipline: count,
      governmentSanction: count,
      organizationalHandling: count,
      admonishment: count,
      educationReminder: count,
      systemsBuilt: fc.option(fc.nat(1000), { nil: null }),
      lossRecovered: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
      extraFacts: fc.array(hanText, { maxLength: 2 }),
      override: fc.option(richText, { nil: null }),
    }),
    rectification: section,
    nextSteps: section,
    contact: fc.record({
      phones: fc.array(hanText, { maxLength: 2 }),
      addresses: fc.array(
        fc.record({ label: fc.constantFrom('邮政信箱' as const, '通信地址' as const, '邮寄地址' as const), value: hanText }),
        { maxLength: 2 },
      ),
      postcodes: fc.array(fc.stringMatching(/^\d{6}$/), { maxLength: 1 }),
      emails: fc.array(hanText, { maxLength: 2 }),
      websites: fc.array(hanText, { maxLength: 1 }),
      override: fc.option(richText, { nil: null }),
    }),
    signature: fc.record({ org: hanText, date: maybeDate }),
    signOff: fc.option(
      fc.record({
        orgMarks: fc.array(
          hanText.filter((s) => s.length > 0),
          { maxLength: 3 },
        ),
        docNumber: fc.option(hanText, { nil: null }),
        signer: fc.option(hanText, { nil: null }),
        cc: fc.array(
          hanText.filter((s) => s.length > 0),
          { maxLength: 12 },
        ),
        printer: fc.option(hanText, { nil: null }),
        printDate: maybeDate,
        profile: fc.constantFrom('gb2312' as const, 'gbk' as const, 'windows' as const, null),
        redhead: fc.boolean(),
        banji: fc.boolean(),
      }),
      { nil: undefined },
    ),
    ledger: fc.option(
      fc.record({
        file: hanText,
        sheet: hanText,
        importedOn: isoDate,
        aspects: fc.nat(20),
        problems: fc.nat(200),
        measures: fc.nat(600),
        done: fc.nat(200),
        basicallyDone: fc.nat(200),
        ongoing: fc.nat(200),
      }),
      { nil: undefined },
    ),
  })
  .map((n) => {
    const out = { ...n } as Notice
    if (out.signOff === undefined) delete out.signOff
    if (out.ledger === undefined) delete out.ledger
    return out
  })
