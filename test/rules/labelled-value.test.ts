// TB056 与 TB039 的“不悄悄丢”：导入的联系方式里读不出的值留在文中并被报告（带标签和改法）；写明身份证的号码校验位错了也报告。
import { describe, expect, it } from 'vitest'
import { importFromText } from '../../core/import/import-from-text'
import { getAtPath } from '../../core/model/item'
import { Paragraph } from '../../core/model/rich-text'
import { validate } from '../../core/rules/index'

const TODAY = '2025-06-30'
const NOTICE = (contact: string) =>
  [
    '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报',
    '根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。2024年7月18日，省委第五巡视组向青山县委反馈了巡视意见。',
    '一、关于贯彻落实党中央决策部署方面',
    '（一）理论学习不够深入的问题',
    '修订学习规则，全年开展专题学习12次。',
    '下一步，青山县委将持续巩固整改成果。',
    contact,
    '中共青山县委',
    '2024年9月20日',
  ].join('\n')

describe('导入的联系方式中读不出的值', () => {
  it('电话少一位、邮箱缺顶级域名：不进字段，但留在原文里，各报一次，带标签和改法', () => {
    const { notice } = importFromText(
      NOTICE('欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-860123；电子邮箱：qsxw@example；邮政编码：311300。'),
    )
    expect(notice.contact.emails).toEqual([])
    const found = validate(notice, { today: TODAY }).filter((f) => f.rule === 'TB056')
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^联系电话“0571-860123”无法识别：共 10 位数字/),
      expect.stringMatching(/^电子邮箱“qsxw@example”无法识别：“@”之后缺少顶级域名/),
    ])
    for (const f of found) {
      const text = Paragraph.text(getAtPath(notice, f.location.path) as Paragraph)
      expect(text.slice(...f.location.range!)).toMatch(/^(0571-860123|qsxw@example)$/)
    }
  })

  it('读得出的联系方式不报告', () => {
    const { notice } = importFromText(
      NOTICE('欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-86012345；电子邮箱：qsxw@example.gov.cn；邮政编码：311300。'),
    )
    expect(validate(notice, { today: TODAY }).filter((f) => f.rule === 'TB056')).toEqual([])
  })
})
