// 联系方式段落：各种标签写法、分隔符与号码格式都能拆出渠道。
import { describe, expect, it } from 'vitest'
import { parseContact } from '../../core/import/contact'

describe('parseContact', () => {
  it.each([
    [
      '联系电话：0571-86012345；邮政信箱：杭州市某路1号；邮编：310000；电子邮箱：a@b.cn。',
      { phones: ['0571-86012345'], addresses: ['杭州市某路1号'], postcodes: ['310000'], emails: ['a@b.cn'] },
    ],
    [
      '联系方式:电话0576-88901237;邮政信箱:台州市某大道9号713室;电子邮箱:x1@163.com',
      { phones: ['0576-88901237'], addresses: ['台州市某大道9号713室'], postcodes: [], emails: ['x1@163.com'] },
    ],
    [
      '联系电话:0576—85588636;邮寄地址:临海市某路17号党群工作部,邮编:317000。',
      { phones: ['0576—85588636'], addresses: ['临海市某路17号党群工作部'], postcodes: ['317000'], emails: [] },
    ],
    [
      '联系方式:0523-88101627;邮政信箱:某区上海路1号区委办公室(信封请注明:巡视整改监督意见),邮编:225500。',
      { phones: ['0523-88101627'], addresses: ['某区上海路1号区委办公室'], postcodes: ['225500'], emails: [] },
    ],
    [
      '联系电话：（0571）86012345转8012；手机：13912345678；监督举报电话：12388。',
      { phones: ['（0571）86012345转8012', '13912345678', '12388'], addresses: [], postcodes: [], emails: [] },
    ],
    [
      '联系电话:86211076;通信地址:福州市某区研发楼三期7号楼;电子邮箱fz2017@163.com。',
      { phones: ['86211076'], addresses: ['福州市某区研发楼三期7号楼'], postcodes: [], emails: ['fz2017@163.com'] },
    ],
  ])('%s', (text, expected) => {
    const c = parseContact(text)
    expect({ phones: c.phones, addresses: c.addresses.map((a) => a.value), postcodes: c.postcodes, emails: c.emails }).toEqual(expected)
  })

  it('地址标签归入模型的标签集', () => {
    expect(parseContact('通讯地址：某市某路2号').addresses).toEqual([{ label: '通信地址', value: '某市某路2号' }])
  })

  it('网址', () => {
    expect(parseContact('也可登录 https://www.example.gov.cn/xc 留言。').websites).toEqual(['https://www.example.gov.cn/xc'])
  })
})

describe('联系方式中的网址', () => {
  it.each([
    ['网址：jubao.qingshan.gov.cn。', ['jubao.qingshan.gov.cn']],
    ['举报网站:12388.gov.cn;联系电话:0571-86012345', ['12388.gov.cn']],
    ['网址：http://www.qingshan.gov.cn/xcb/index.html；邮箱：xcb@qingshan.gov.cn', ['http://www.qingshan.gov.cn/xcb/index.html']],
    ['网址：www.qingshan.gov.cn，欢迎留言。', ['www.qingshan.gov.cn']],
    ['电子邮箱：xcb@qingshan.gov.cn。', []],
    ['也可在网站进行留言，电话：0571-86012345。', []],
  ])('%s', (text, expected) => {
    expect(parseContact(text).websites).toEqual(expected)
  })

  it('网址中的数字不被当成电话', () => {
    expect(parseContact('网址：www.xc12345678.gov.cn；电话：0571-86012345').phones).toEqual(['0571-86012345'])
  })

  it('只写着网址的一段也归入联系方式，导入后进入 contact.websites', async () => {
    const { importFromText } = await import('../../core/import/import-from-text')
    const text = [
      '中共青山县委关于市委第一轮巡察整改进展情况的通报',
      '根据市委统一部署，市委第二巡察组对青山县进行了巡察。',
      '一、关于“甲”问题的整改情况',
      '已整改。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0571-86012345。',
      '网址：jubao.qingshan.gov.cn',
      '中共青山县委',
      '2024年5月6日',
    ].join('\n')
    const { notice } = importFromText(text)
    expect(notice.contact.websites).toEqual(['jubao.qingshan.gov.cn'])
    expect(notice.contact.phones).toEqual(['0571-86012345'])
    expect(notice.signature.org).toBe('中共青山县委')
  })
})
