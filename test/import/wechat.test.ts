// 微信公众号文章：杂项行按“是什么”认（界面文字、署名、编辑署名、装饰、推荐区），通报的句子一句不误删；
// 正文容器之外的名片、二维码、推荐文章不读；发表日期与公众号名记作发布信息。
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { isWechatArticle } from '../../core/import/wechat/import-from-wechat'
import {
  isBylineLine,
  isCreditLine,
  isDecorationLine,
  isInterfaceLine,
  isRecommendationHeading,
  isWechatNoise,
} from '../../core/import/wechat/wechat-noise'
import { wechatPage } from './support/wechat-page'

describe('公众号的杂项行', () => {
  it.each([
    '微信扫一扫关注该公众号',
    '预览时标签不可点',
    '阅读原文',
    '阅读 2.3万',
    '在看 56',
    '赞，轻点两下取消赞',
    '继续滑动看下一个',
    '长按识别二维码关注我们',
    '点击蓝字 关注我们',
    '微信扫一扫使用小程序',
    '取消 允许',
    '向上滑动看下一个',
  ])('界面文字：“%s”', (line) => expect(isInterfaceLine(line)).toBe(true))
  it.each(['原创 清廉东湖 2024-03-05 18:30 发表于浙江', '东湖发布 2024年03月05日 18:30'])('署名行：“%s”', (line) =>
    expect(isBylineLine(line)).toBe(true),
  )
  it.each(['来源：东湖县委巡察办', '编辑：李明', '审核 | 王芳', '责任编辑：张三'])('编辑署名：“%s”', (line) =>
    expect(isCreditLine(line)).toBe(true),
  )
  it.each(['▼', '— END —', '↓↓↓', '●  ●  ●'])('装饰：“%s”', (line) => expect(isDecorationLine(line)).toBe(true))
  it.each(['喜欢此内容的人还喜欢', '往期推荐', '相关阅读', '精彩回顾'])('推荐区栏目：“%s”', (line) =>
    expect(isRecommendationHeading(line)).toBe(true),
  )

  // 通报里与界面词相近的句子：有界面之外的实词，或是完整的句子。
  it.each([
    '欢迎广大干部群众对巡察整改落实情况进行监督。',
    '联系电话：0576-88901237；也可扫描二维码进行举报。',
    '一、关于“关注民生不够”问题的整改情况',
    '（二）加强阅读学习。',
    '已完成',
    '2024年3月15日',
    '中共东湖县委',
    '来源于群众反映的问题已全部办结。',
    '推进“三资”阅读',
  ])('正文：“%s”不是杂项', (line) => expect(isWechatNoise(line) || isRecommendationHeading(line)).toBe(false))
})

describe('公众号网页', () => {
  const paragraphs = [
    '根据县委统一部署，2024年3月5日至5月10日，县委第一巡察组对东湖镇党委进行了巡察。2024年6月18日，巡察组向东湖镇党委反馈了巡察意见。现将巡察整改进展情况予以公布。',
    '一、整改工作组织情况',
    '镇党委把巡察整改作为重大政治任务，召开专题会议12次。',
    '二、反馈问题整改落实情况',
    '（一）关于“落实乡村振兴部署不够有力”问题的整改情况',
    '制定乡村振兴三年行动方案。',
    '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0571-12345678。',
    '中共东湖镇委员会',
    '2024年7月1日',
  ]
  const title = '中共东湖镇委员会关于县委第一轮巡察整改进展情况的通报'

  it('认得出：正文容器、标题 id；普通政府网页不算', () => {
    expect(isWechatArticle(wechatPage(title, paragraphs))).toBe(true)
    expect(isWechatArticle('<html><body><div class="article"><h1>通报</h1><p>正文</p></div></body></html>')).toBe(false)
  })

  it('标题取自 #activity-name，正文只读 #js_content，发布信息来自署名', async () => {
    const { notice, findings } = await importNotice({ name: 'a.html', bytes: new TextEncoder().encode(wechatPage(title, paragraphs)) })
    expect(notice.title.override).toBe(title)
    expect(notice.signature).toEqual({ org: '中共东湖镇委员会', date: '2024-07-01' })
    expect(notice.meta.publication).toEqual({ date: '2024-03-05', source: '清廉东湖' })
    expect(notice.rectification.items.map((i) => i.title)).toEqual(['关于“落实乡村振兴部署不够有力”问题的整改情况'])
    const noise = findings.find((f) => f.rule === 'import-page-noise')
    expect(noise?.location.path).toEqual(['meta', 'publication'])
  })

  it('正文开头重复的标题只算一次', async () => {
    const { notice } = await importNotice({ name: 'a.html', bytes: new TextEncoder().encode(wechatPage(title, [title, ...paragraphs])) })
    expect(notice.title.override).toBe(title)
    expect(notice.lead.override?.[0]?.children[0]?.text).toMatch(/^根据县委统一部署/)
  })
})
