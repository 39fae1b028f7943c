// 粘贴的是不是一整篇通报（looksLikeNotice），网页杂项行的认法（noiseKind），“只粘贴正文”时去掉哪些行。
import { describe, expect, it } from 'vitest'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { noiseKind } from '../../core/import/page-noise'
import { textParagraphs } from '../../core/import/paragraphs'
import { looksLikeNotice, noticeSigns, withoutPageNoise } from '../../core/import/pasted-notice'
import { seedNames, seedText } from '../support/seeds'

const seed = (prefix: string) => textParagraphs(seedText(seedNames().find((s) => s.startsWith(prefix))!))

describe('looksLikeNotice', () => {
  it.each(['000', '001', '002', '003', '004'])('样例 %s 全文是一整篇通报', (prefix) => {
    expect(looksLikeNotice(seed(prefix))).toBe(true)
  })

  it('从网页复制的 HTML（段落经 htmlParagraphs）同样认得', () => {
    const html = `<div>当前位置：首页 » 党风廉政 » 巡察工作</div><h1>中共青山县委关于十五届省委第三轮巡视整改进展情况的通报</h1>
      <div>发布时间：2024-09-20 10:15　来源：县委办</div>
      <p>根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。</p>
      <p>一、关于贯彻落实党中央决策部署方面</p><p>（一）理论学习不够深入的问题</p><p>（二）重点项目推进缓慢的问题</p>
      <p>欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-86012345。</p><div>【打印】【关闭】</div>`
    expect(looksLikeNotice(htmlParagraphs(html))).toBe(true)
  })

  it('两段正文从不触发，即使是导语和联系方式', () => {
    expect(
      looksLikeNotice([
        '根据省委统一部署，省委第五巡视组对青山县进行了巡视。',
        '欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-86012345。',
      ]),
    ).toBe(false)
  })

  it('只有编号条目和正文的一大段（没有标题、导语）不是整篇', () => {
    const body = seed('001').filter((p) => /^[（(][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、/.test(p))
    expect(body.length).toBeGreaterThan(10)
    expect(looksLikeNotice(body)).toBe(false)
  })

  it('与巡视巡察无关的文字不是通报', () => {
    const ps = [
      '关于召开年度工作会议的通知',
      '各单位：',
      '一、会议时间',
      '二、会议地点',
      '三、参会人员',
      '联系电话：0571-86012345',
      '分享到：',
    ]
    expect(looksLikeNotice(ps)).toBe(false)
  })

  it('标志逐项看得出来', () => {
    expect(noticeSigns(seed('002'))).toEqual({ title: true, lead: true, numberedParts: true, contact: true, pageNoise: true })
    expect(noticeSigns(seed('003')).pageNoise).toBe(false)
  })
})

describe('noiseKind：按行的样子认杂项（这里的写法都不是样例里的原话）', () => {
  it.each([
    ['当前位置：首页 » 新闻中心 » 通知公告', 'navigation'],
    ['首页 > 党务公开 > 巡察整改', 'navigation'],
    ['发布时间：2023年05月12日 浏览次数：', 'publication'],
    ['日期：2024/09/20　作者：县委办　编辑：王某', 'publication'],
    ['【收藏本页】【打印】【关闭】', 'control'],
    ['字号：大 中 小', 'control'],
    ['上一篇：关于开展专项检查的通知', 'control'],
    ['分享至：', 'control'],
    ['128', 'counter'],
    ['Copyright © 2024 青山县人民政府 版权所有', 'footer'],
    ['浙公网安备 33010202000001号', 'footer'],
  ])('“%s”是 %s', (line, kind) => {
    expect(noiseKind(line)).toBe(kind)
  })

  it.each([
    '根据省委统一部署，省委第五巡视组对青山县进行了巡视。',
    '一、关于贯彻落实党中央决策部署方面',
    '联系电话：0571-86012345',
    '邮政编码：311300',
    '电子邮箱：qsxw@example.gov.cn',
    '上一年度巡察发现的问题已全部整改',
    '进入新阶段，打印机采购按规定执行。',
    '中共青山县委',
    '2024年9月20日',
  ])('“%s”不是杂项', (line) => {
    expect(noiseKind(line)).toBeNull()
  })
})

describe('withoutPageNoise（只粘贴正文）', () => {
  it.each(['001', '002'])('样例 %s：导航、发布日期/来源、分享等行去掉，其余各段原样留下', (prefix) => {
    const ps = seed(prefix)
    const { kept, dropped } = withoutPageNoise(ps)
    expect(kept.length + dropped.length).toBe(ps.length)
    expect(dropped.some((l) => /位置/.test(l))).toBe(true)
    expect(dropped.some((l) => /\d{4}-\d{2}-\d{2}/.test(l))).toBe(true)
    for (const l of kept) expect(noiseKind(l), l).toBeNull()
    // 标题、导语、联系方式都还在
    expect(kept.some((l) => /通报$/.test(l))).toBe(true)
    expect(kept.some((l) => /^欢迎/.test(l))).toBe(true)
  })

  it('没有杂项的正文一行不少', () => {
    const ps = ['一、关于贯彻落实党中央决策部署方面', '（一）理论学习不够深入的问题', '修订学习规则，全年开展专题学习12次。']
    expect(withoutPageNoise(ps)).toEqual({ kept: ps, dropped: [] })
  })
})
