// 手写段落与字段一份真相：导入只在生成的段落写不出原话时保留原话；联系方式字段的修改写进手写段落，
// 写不进的、以及统计、导语字段的修改，由 TB060 报在该字段上（信息面板就地显示），不会悄悄不生效。
import { describe, expect, it } from 'vitest'
import { carryIntoHandWritten } from '../../core/derive/carry-into-hand-written'
import { disagreements, generatedText, HAND_WRITTEN_PARTS, sameWording } from '../../core/derive/hand-written'
import { exportHtmlPage } from '../../core/export/html'
import { importFromHtml } from '../../core/import/import-from-html'
import { importFromText } from '../../core/import/import-from-text'
import { type Notice, RichText } from '../../core/model'
import { validate } from '../../core/rules'
import { DocumentStore } from '../../renderer/document/store'
import { fieldFindings } from '../../renderer/panels/field-findings'
import { setContactValues } from '../../renderer/panels/info-actions'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'

describe('比较：只差空白和标点的半角、全角写法才算写得出原话', () => {
  it.each([
    ['联系电话:0571-86012345;邮编:311300', '联系电话：0571-86012345；邮编：311300', true],
    ['联系电话： 0571-86012345', '联系电话：0571-86012345', true],
    ['联系方式:0571-86012345', '联系电话：0571-86012345', false],
    ['邮政信箱浙江省青山县', '邮政信箱：浙江省青山县', false],
    ['电子邮箱：a@b.cn', '电子邮箱：a@b.cn。', false],
  ])('%s ≟ %s → %s', (a, b, same) => expect(sameWording(RichText.of(a), RichText.of(b))).toBe(same))
})

describe.each(seedNames())('导入样例 %s', (seed) => {
  const { notice } = importFromText(seedText(seed))

  it('手写段落只在按字段生成的段落写不出原话时保留；保留的与字段一致', () => {
    for (const part of HAND_WRITTEN_PARTS) {
      const override = notice[part].override
      if (override !== null) expect(sameWording(override, generatedText(notice, part)), part).toBe(false)
    }
    expect(disagreements(notice)).toEqual([])
    expect(validate(notice).filter((f) => f.rule === 'TB060')).toEqual([])
  })

  it('手写的统计段落、导语：改了它们出自的字段，TB060 就在该字段上提示，可改为按表单生成', () => {
    const store = new DocumentStore(notice)
    if (notice.statistics.override !== null) {
      const before = notice.statistics.partyDiscipline
      store.update((n) => ({
        ...n,
        statistics: { ...n.statistics, partyDiscipline: { total: (before.total ?? 0) + 1, breakdown: before.breakdown } },
      }))
      const shown = fieldFindings(store.getFindings(), ['statistics', 'partyDiscipline'])
      expect(shown.map((f) => f.rule)).toContain('TB060')
      store.applyFix(shown.find((f) => f.rule === 'TB060')!.suggestions![0]!)
      expect(store.getNotice().statistics.override).toBeNull()
      expect(fieldFindings(store.getFindings(), ['statistics', 'partyDiscipline']).filter((f) => f.rule === 'TB060')).toEqual([])
    }
    if (notice.lead.override !== null && notice.meta.inspectionGroup) {
      store.update((n) => ({ ...n, meta: { ...n.meta, inspectionGroup: '省委第十一巡视组' } }))
      expect(fieldFindings(store.getFindings(), ['meta', 'inspectionGroup']).map((f) => f.rule)).toContain('TB060')
    }
  })
})

describe('联系方式字段的修改写进手写段落', () => {
  const base = (text: string): Notice => {
    const n = sampleNotice()
    n.contact.override = RichText.of(text)
    if (text === LINE) n.contact.phones = ['0571-86012345', '13905760000']
    return n
  }
  const carried = (n: Notice, change: (n: Notice) => Notice) => RichText.text(carryIntoHandWritten(n, change(n)).contact.override!)
  const LINE =
    '欢迎监督。联系方式：电话0571-86012345、13905760000；邮政信箱：浙江省青山县人民大道1号县委办公室；邮编：311300；电子邮箱：qsxwxc@example.gov.cn（请注明）'

  it('改一个值、加一个值、删一个值、删去整个渠道、加一个新渠道', () => {
    const n = base(LINE)
    expect(carried(n, setContactValues('phones', ['0571-86019999', '13905760000']))).toBe(LINE.replace('0571-86012345', '0571-86019999'))
    expect(carried(n, setContactValues('phones', ['0571-86012345', '13905760000', '12388']))).toBe(
      LINE.replace('13905760000', '13905760000、12388'),
    )
    expect(carried(n, setContactValues('phones', ['0571-86012345']))).toBe(LINE.replace('、13905760000', ''))
    expect(carried(n, setContactValues('postcodes', []))).toBe(LINE.replace('邮编：311300；', ''))
    expect(carried(n, setContactValues('websites', ['www.example.gov.cn']))).toBe(`${LINE}；网址：www.example.gov.cn`)
  })

  it('号码只在完整出现处改：“86012345”不改“0571-86012345”的后半截', () => {
    const n = base('欢迎监督。联系电话：0571-86012345；举报热线：86012345。')
    n.contact.phones = ['0571-86012345', '86012345']
    expect(carried(n, setContactValues('phones', ['0571-86012345', '0571-86012345']))).toBe(
      '欢迎监督。联系电话：0571-86012345；举报热线：0571-86012345。',
    )
  })

  it('地址类别写在值前面时一并改', () => {
    const n = base(LINE)
    const next = (m: Notice): Notice => ({
      ...m,
      contact: { ...m.contact, addresses: [{ label: '通信地址', value: '浙江省青山县人民大道1号县委办公室' }] },
    })
    expect(carried(n, next)).toBe(LINE.replace('邮政信箱', '通信地址'))
  })

  it('写不进去（段落里没有原来的值）：段落不动，TB060 报在那个字段上', () => {
    const n = base('欢迎监督。请拨打县委办电话。')
    n.contact.phones = []
    const after = carryIntoHandWritten(n, setContactValues('phones', ['0571-86019999'])(n))
    // 新渠道加在句末：这一例写得进
    expect(RichText.text(after.contact.override!)).toBe('欢迎监督。请拨打县委办电话；联系电话：0571-86019999。')
    const m = base('欢迎监督。联系电话：0571-86012345。')
    const reordered = carryIntoHandWritten(m, setContactValues('phones', ['0571-86012346', '0571-86012345'])(m))
    expect(reordered.contact.override).toBe(m.contact.override)
    expect(
      validate(reordered)
        .filter((f) => f.rule === 'TB060')
        .map((f) => f.location.path),
    ).toContainEqual(['contact', 'phones', 0])
  })

  it('段落本身在同一步里被改（编辑手写段落、切换手写）时不动它', () => {
    const n = base(LINE)
    const both = (m: Notice): Notice => ({
      ...m,
      contact: { ...m.contact, phones: ['0571-86019999'], override: RichText.of('新写的段落') },
    })
    expect(carried(n, both)).toBe('新写的段落')
  })
})

describe('导入自己导出的网页：套话生成的段落不再存一份手写副本', () => {
  it('导语、统计段落、联系方式都只留字段', () => {
    const { notice } = importFromHtml(exportHtmlPage(sampleNotice()))
    expect(HAND_WRITTEN_PARTS.map((part) => [part, notice[part].override])).toEqual(HAND_WRITTEN_PARTS.map((part) => [part, null]))
    expect(notice.contact.phones).toEqual(sampleNotice().contact.phones)
  })
})
