// 网页中的有序列表：浏览器画出的编号不在文字里，导入时按嵌套补回，条目层级不丢。
import { describe, expect, it } from 'vitest'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { importNotice } from '../../core/import/index'
import { sectionOutline } from './support/outline'

const page = `<html><body>
<h1>中共北屿县委关于十五届省委第五轮巡视整改进展情况的通报</h1>
<p>根据省委统一部署，2024年3月1日至4月30日，省委第二巡视组对北屿县进行了巡视。2024年6月3日，省委第二巡视组向北屿县委反馈了巡视意见。</p>
<p>一、关于“产业转型慢”问题的整改情况</p>
<ol>
  <li>培育新兴产业。引进项目6个。</li>
  <li>改造传统产业。完成技改12家。
    <ol><li>其中智能化改造5家。</li><li>绿色化改造7家。</li></ol>
  </li>
</ol>
<p>二、关于“作风不实”问题的整改情况</p>
<ol start="1"><li>整治形式主义。精简会议30%。</li></ol>
<ul><li>附：整改台账另行公布。</li></ul>
<p>下一步，北屿县委将持续推进整改。</p>
</body></html>`

describe('有序列表', () => {
  it('补回编号：第一层“1.”，第二层“（1）”，每个列表从头数', () => {
    const paras = htmlParagraphs(page)
    expect(paras).toContain('1.培育新兴产业。引进项目6个。')
    expect(paras).toContain('（2）绿色化改造7家。')
    expect(paras.filter((p) => p.startsWith('1.'))).toHaveLength(2)
    expect(paras).toContain('附：整改台账另行公布。')
  })

  it('列表项成为下级条目', async () => {
    const { notice } = await importNotice({ name: 'a.html', bytes: new TextEncoder().encode(page) })
    const rect = sectionOutline(notice.rectification)
    expect(rect.items?.map((i) => [i.title, i.children?.length ?? 0])).toEqual([
      ['关于“产业转型慢”问题的整改情况', 2],
      ['关于“作风不实”问题的整改情况', 1],
    ])
    expect(rect.items![0]!.children![1]!.children?.map((c) => c.body?.[0] ?? c.title)).toEqual(['其中智能化改造5家。', '绿色化改造7家。'])
  })
})

describe('表格排版的网页', () => {
  it('导航单元格与正文单元格各自成段，导航不混进标题', async () => {
    const rows = [
      '中共南湖区委关于十五届省委第六轮巡视整改进展情况的通报',
      '根据省委统一部署，省委第八巡视组对南湖区进行了巡视。',
      '一、关于“甲”问题的整改情况',
      '（一）完善制度。出台办法2项。',
      '下一步，南湖区委将持续推进整改。',
    ]
    const html = `<table><tr><td><a>首页</a> &gt; <a>巡察工作</a></td><td>${rows.join('<br>')}</td></tr><tr><td colspan="2">打印本页 关闭窗口</td></tr></table>`
    const { notice } = await importNotice({ name: 'old-cms.html', bytes: new TextEncoder().encode(html) })
    expect(notice.title.override).toBe(rows[0])
    expect(notice.rectification.items[0]!.children[0]!.title).toBe('完善制度。')
  })
})
