// 验收：完整的通报零错误；去掉任何一个必备部分，恰好得到预期的那一条错误。
import { describe, expect, it } from 'vitest'
import type { Path } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { check, samePath } from './rule-tester'
import { sampleNotice } from '../support/sample-notice'

const errors = (n: Notice) => check(n).filter((f) => f.severity === 'error')

const without = (part: Notice['parts'][number]) => (n: Notice) => {
  n.parts = n.parts.filter((p) => p !== part)
}

const REMOVALS: [string, (n: Notice) => void, string, Path][] = [
  ['去掉标题', without('title'), 'TB001', ['parts']],
  ['去掉导语', without('lead'), 'TB002', ['parts']],
  ['去掉组织情况', without('organization'), 'TB003', ['parts']],
  ['清空组织情况', (n) => (n.organization.paragraphs = []), 'TB003', ['organization', 'paragraphs']],
  ['去掉逐条整改', without('rectification'), 'TB004', ['parts']],
  ['清空全部问题', (n) => (n.rectification.items = []), 'TB004', ['rectification', 'items']],
  [
    '去掉一个问题的表述',
    (n) => (n.rectification.items[1]!.children[0]!.title = ''),
    'TB005',
    ['rectification', 'items', 1, 'children', 0, 'title'],
  ],
  [
    '去掉一个问题的全部措施',
    (n) => (n.rectification.items[1]!.children[0]!.children = []),
    'TB006',
    ['rectification', 'items', 1, 'children', 0],
  ],
  ['去掉下一步打算', without('nextSteps'), 'TB008', ['parts']],
  ['清空下一步打算', (n) => (n.nextSteps.paragraphs = []), 'TB008', ['nextSteps', 'paragraphs']],
  ['去掉联系方式', without('contact'), 'TB009', ['parts']],
  [
    '去掉全部联系渠道',
    (n) => {
      n.contact.phones = []
      n.contact.addresses = []
      n.contact.emails = []
    },
    'TB009',
    ['contact', 'phones'],
  ],
  ['去掉落款', without('signature'), 'TB010', ['parts']],
  ['去掉落款机关', (n) => (n.signature.org = ''), 'TB010', ['signature', 'org']],
  ['去掉成文日期', (n) => (n.signature.date = null), 'TB010', ['signature', 'date']],
  ['去掉反馈日期', (n) => (n.meta.feedbackDate = null), 'TB002', ['meta', 'feedbackDate']],
  ['去掉机关名称（标题由它生成）', (n) => (n.meta.issuer.fullName = ''), 'TB001', ['meta', 'issuer', 'fullName']],
]

describe('完整的通报', () => {
  it('样例通报零错误、零警告', () => {
    expect(check(sampleNotice())).toEqual([])
  })
  it('手写导语和联系方式的样例也零错误', () => {
    const n = sampleNotice()
    n.lead.override = RichText.of(
      '根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。2024年7月18日，省委第五巡视组向青山县反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。',
    )
    n.contact.override = RichText.of(
      '欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0571-86012345；邮政信箱：浙江省青山县人民大道1号县委办公室；邮编：311300。',
    )
    expect(errors(n)).toEqual([])
  })
})

describe('去掉必备部分，恰好一条预期的错误', () => {
  for (const [name, edit, code, path] of REMOVALS) {
    it(`${name} → ${code}`, () => {
      const n = sampleNotice()
      edit(n)
      const found = errors(n)
      expect(found.map((f) => f.rule)).toEqual([code])
      expect(samePath(found[0]!.location.path, path), JSON.stringify(found[0]!.location.path)).toBe(true)
    })
  }
})
