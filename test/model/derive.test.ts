import { describe, expect, it } from 'vitest'
import { contactText, noticeLead, noticeTitle, progress, progressSentence, statisticsText } from '../../core/derive/index'
import { Block, noticeBlocks, noticeText } from '../../core/document/blocks'
import { Item } from '../../core/model/item'
import { fromHanNumber, Marker, toHanNumber } from '../../core/model/numbering'
import { RichText } from '../../core/model/rich-text'
import { createNotice } from '../../core/template/new-notice'
import { sampleNotice } from '../support/sample-notice'

describe('序号（由位置推导）', () => {
  it('四个层级的序号形式符合 GB/T 9704', () => {
    expect([Marker.format(1, 3), Marker.format(2, 12), Marker.format(3, 7), Marker.format(4, 2)]).toEqual([
      '三、',
      '（十二）',
      '7.',
      '（2）',
    ])
  })
  it('汉字数字往返', () => {
    for (let n = 1; n < 100; n++) expect(fromHanNumber(toHanNumber(n))).toBe(n)
    expect(toHanNumber(21)).toBe('二十一')
  })
})

describe('由模型推导的文字', () => {
  it('标题与导语由巡视信息生成，日期按 GB/T 15835 写法', () => {
    const n = sampleNotice()
    expect(noticeTitle(n)).toBe('中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')
    expect(RichText.text(noticeLead(n))).toBe(
      '根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。2024年7月18日，省委第五巡视组向青山县反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。',
    )
  })

  it('手写的标题和导语优先于生成的', () => {
    const n = sampleNotice()
    n.title.override = '自拟标题'
    n.lead.override = RichText.of('自拟导语。')
    expect(noticeTitle(n)).toBe('自拟标题')
    expect(RichText.text(noticeLead(n))).toBe('自拟导语。')
  })

  it('专项巡察的标题和导语带主题', () => {
    const n = createNotice('巡察', {
      issuer: { fullName: '中共某区委', shortName: '某区委' },
      topic: '优化营商环境',
      inspectionGroup: '市委第五巡察组',
    })
    expect(noticeTitle(n)).toBe('中共某区委关于优化营商环境专项巡察整改进展情况的通报')
    expect(RichText.text(noticeLead(n))).toContain('进行了优化营商环境专项巡察。')
  })

  it('未填的信息以 ×× 占位，交给校验提示', () => {
    expect(RichText.text(noticeLead(createNotice('巡视')))).toContain('××')
  })

  it('统计段落由数字生成，细分列在括号内', () => {
    expect(RichText.text(statisticsText(sampleNotice()))).toBe(
      '在巡视整改工作中，给予党纪处分5人（党内警告3人、严重警告2人）；政务处分2人；诫勉4人；建立完善制度12项；挽回经济损失86.5万元。',
    )
  })

  it('联系方式由开头语和各渠道生成', () => {
    expect(RichText.text(contactText(sampleNotice()))).toBe(
      '欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0571-86012345；邮政信箱：浙江省青山县人民大道1号县委办公室；邮编：311300；电子邮箱：qsxwxc@example.gov.cn。',
    )
  })

  it('进度由各问题的状态统计', () => {
    const n = sampleNotice()
    expect(progress(n)).toMatchObject({ aspects: 2, problems: 3, done: 2, ongoing: 1, measures: 4 })
    expect(progressSentence(n)).toBe('巡视反馈的2个方面3个问题，已完成整改2个')
  })

  it('四层的通报：问题下的具体问题另计，状态按具体问题统计；待确认的不计入', () => {
    const n = sampleNotice()
    const group = n.rectification.items[0]!.children[0]!
    group.children = [
      Item.create('problem', '学习制度不健全。', { status: '已完成' }),
      Item.create('problem', '学用结合不紧。', { status: '已完成' }),
    ]
    group.children[1]!.statusPending = true
    group.status = null
    expect(progress(n)).toMatchObject({ aspects: 2, problems: 3, specificProblems: 2, statusItems: 4, done: 2, ongoing: 1, pending: 1 })
    expect(progressSentence(n)).toBe('巡视反馈的2个方面3个问题2个具体问题，已完成整改2个')
  })
})

describe('线性视图（导出与预览共用）', () => {
  it('条目的序号随位置变化，重排后跟着变', () => {
    const n = sampleNotice()
    const headings = () =>
      noticeBlocks(n)
        .filter((b) => b.part === 'rectification' && b.level <= 2)
        .map((b) => b.marker + b.heading)
    expect(headings().slice(0, 2)).toEqual(['一、关于贯彻落实党中央决策部署方面', '（一）理论学习与工作实际结合不够紧密的问题'])
    n.rectification.items.reverse()
    expect(headings()[0]).toBe('一、关于全面从严治党方面')
  })

  it('部分有标题时占一级序号，其下条目从（一）起', () => {
    const n = sampleNotice()
    n.organization.heading = '整改工作组织情况'
    n.rectification.heading = '巡视反馈问题整改落实情况'
    const heads = noticeBlocks(n)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.marker + b.heading)
    expect(heads[0]).toBe('一、整改工作组织情况')
    expect(heads[1]).toBe('二、巡视反馈问题整改落实情况')
    expect(heads[2]).toBe('（一）关于贯彻落实党中央决策部署方面')
  })

  it('run-in 标题与正文同段；无编号条目不占序号', () => {
    const n = createNotice('巡视')
    n.rectification.items = [
      Item.create('problem', '问题甲。', { runIn: true, body: RichText.of('正文甲。') }),
      Item.create('problem', '问题乙。', { runIn: true, unnumbered: true, body: RichText.of('正文乙。') }),
      Item.create('problem', '问题丙。', { runIn: true, body: RichText.of('正文丙。') }),
    ]
    const texts = noticeBlocks(n)
      .filter((b) => b.part === 'rectification')
      .map(Block.text)
    expect(texts).toEqual(['一、问题甲。正文甲。', '问题乙。正文乙。', '二、问题丙。正文丙。'])
  })

  it('全文按部分顺序排列：标题、导语……落款', () => {
    const text = noticeText(sampleNotice())
    const order = [
      '中共青山县委关于',
      '根据省委统一部署',
      '青山县委把巡视整改',
      '在巡视整改工作中',
      '一、关于贯彻落实',
      '下一步，',
      '欢迎广大干部群众',
      '中共青山县委\n2024年9月20日',
    ]
    const positions = order.map((s) => text.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })
})
