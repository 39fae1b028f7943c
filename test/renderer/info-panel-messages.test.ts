// 一个值只有一种校验：信息面板各栏下的提示（fieldFindings 从 store 的检查结果中选出）就是规则对该栏路径的结果，
// 对随机的联系方式、统计数字、巡视信息和手写段落都如此；面板不另有校验（contact-validation.ts 已删除）。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contactText } from '../../core/derive/contact-text'
import type { Notice, Path } from '../../core/model'
import { RichText } from '../../core/model'
import { validate } from '../../core/rules'
import { DocumentStore } from '../../renderer/document/store'
import { fieldFindings } from '../../renderer/panels/field-findings'
import { sampleNotice } from '../support/sample-notice'

/** 信息面板上显示提示的栏目（与 info-panel.tsx 的各栏路径相同）。 */
const FIELD_PATHS: Path[] = [
  ['meta', 'issuer', 'fullName'],
  ['meta', 'issuer', 'shortName'],
  ['meta', 'level'],
  ['meta', 'roundLabel'],
  ['meta', 'inspectionGroup'],
  ['meta', 'target'],
  ['meta', 'topic'],
  ['meta', 'period', 'start'],
  ['meta', 'period', 'end'],
  ['meta', 'feedbackDate'],
  ['title'],
  ['lead'],
  ['statistics', 'partyDiscipline'],
  ['statistics', 'admonishment'],
  ['statistics', 'systemsBuilt'],
  ['statistics', 'extraFacts'],
  ['statistics', 'override'],
  ['contact', 'phones'],
  ['contact', 'addresses', 0, 'label'],
  ['contact', 'addresses', 0, 'value'],
  ['contact', 'postcodes'],
  ['contact', 'emails'],
  ['contact', 'websites'],
  ['contact', 'override'],
  ['signature', 'org'],
  ['signature', 'date'],
]

// 合法与不合法的写法混在一起：正是两套校验会意见不一的地方（8 位无区号、破折号、全角、缺顶级域名……）。
const phone = fc.constantFrom(
  '0571-86012345',
  '0571—86012345',
  '057186012345',
  '86012345',
  '13905760000',
  '12388',
  '0577-8800',
  '请拨打总机',
  '（0571）86012345',
  '0571-86012345转8001',
)
const postcode = fc.constantFrom('311300', '31130', '３１１３００', '3113000', 'abcdef')
const email = fc.constantFrom(
  'qsxwxc@example.gov.cn',
  'qsxw@example',
  'qsxw＠example.gov.cn',
  'a b@example.gov.cn',
  'xc.example.gov.cn',
  'xc@example.gov.cn。',
)
const website = fc.constantFrom('www.example.gov.cn', 'http://jubao.example.gov.cn/x', 'example', '举报网站')
const address = fc.constantFrom('浙江省青山县人民大道1号县委办公室', '青山县人民路1号', '')

const notice: fc.Arbitrary<Notice> = fc
  .record({
    phones: fc.array(phone, { maxLength: 3 }),
    postcodes: fc.array(postcode, { maxLength: 2 }),
    emails: fc.array(email, { maxLength: 2 }),
    websites: fc.array(website, { maxLength: 2 }),
    address,
    // 手写联系方式段落：无；按字段生成的原话；与字段不一致的旧话
    contactOverride: fc.constantFrom('none', 'same', 'stale'),
    group: fc.constantFrom('省委第五巡视组', '省委第六巡视组', ''),
    leadOverride: fc.boolean(),
    party: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    statisticsOverride: fc.boolean(),
  })
  .map((r) => {
    const n = sampleNotice()
    n.contact = {
      ...n.contact,
      phones: r.phones,
      postcodes: r.postcodes,
      emails: r.emails,
      websites: r.websites,
      addresses: r.address ? [{ label: '邮政信箱', value: r.address }] : [],
    }
    if (r.contactOverride === 'same') n.contact.override = contactText(n)
    if (r.contactOverride === 'stale') n.contact.override = RichText.of('欢迎监督。联系电话：0571—86019999；电子邮箱：old@example.gov.cn。')
    if (r.leadOverride) n.lead.override = RichText.of('根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。')
    n.meta.inspectionGroup = r.group
    n.statistics.partyDiscipline = { total: r.party, breakdown: [] }
    if (r.statisticsOverride) n.statistics.override = RichText.of('在巡视整改工作中，给予党纪处分5人；诫勉4人。')
    return n
  })

const under = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((k, i) => path[i] === k)

describe('信息面板的提示就是规则结果', () => {
  it('随机通报：每一栏下的提示与 validate() 在该栏路径上的结果相同（同样的规则、位置、文字、修复）', () => {
    fc.assert(
      fc.property(notice, (n) => {
        const store = new DocumentStore(n)
        // store 走增量校验；两边都取本机的“今天”
        const expected = validate(n)
        const shown = store.getFindings()!
        for (const path of FIELD_PATHS) expect(fieldFindings(shown, path)).toEqual(expected.filter((f) => under(f.location.path, path)))
      }),
      { numRuns: 60 },
    )
  })

  it('规则认为有错的联系方式值，面板一定在该栏下提示；规则不报的，面板也不报', () => {
    fc.assert(
      fc.property(notice, (n) => {
        const shown = new DocumentStore(n).getFindings()!
        const expected = validate(n)
        for (const key of ['phones', 'postcodes', 'emails', 'websites'] as const) {
          n.contact[key].forEach((_, i) => {
            const path: Path = ['contact', key, i]
            const byRules = expected.some((f) => under(f.location.path, path))
            expect(fieldFindings(shown, ['contact', key]).some((f) => under(f.location.path, path))).toBe(byRules)
          })
        }
      }),
      { numRuns: 60 },
    )
  })
})
