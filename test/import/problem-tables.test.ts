// 问题清单（表格）的导入：网页表格、Word 表格（pandoc 转出的 .docx）和从网页复制的制表符文字，
// 每行成为一个问题条目，挂在所在的方面之下；时限、责任单位、状态进字段，其余各列一字不丢。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textFidelity } from '../../core/import/fidelity'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { importNotice } from '../../core/import/index'
import { textParagraphs } from '../../core/import/paragraphs'
import { parseDeadline, readRow, tableHeader } from '../../core/import/problem-table'
import type { Item } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { numberedDocx } from './support/numbered-docx'

const DIR = join(import.meta.dirname, 'tables')
const read = (f: string) => readFileSync(join(DIR, f))

/** 条目的可比部分：标题、角色、字段、正文、下级。 */
function row(i: Item): unknown {
  return {
    title: i.title,
    role: i.role,
    status: i.status,
    deadline: i.deadline,
    responsible: i.responsible,
    body: RichText.texts(i.body),
    ...(i.children.length ? { children: i.children.map(row) } : {}),
  }
}

// 手写的期望：两个方面，各自下面是表格中的问题。
const EAST_LAKE = [
  {
    title: '贯彻落实党的路线方针政策方面',
    role: 'aspect',
    status: null,
    deadline: null,
    responsible: null,
    body: [],
    children: [
      {
        title: '落实乡村振兴部署不够有力',
        role: 'problem',
        status: '已完成',
        deadline: '2024-12-31',
        responsible: '县农业农村局',
        body: ['制定乡村振兴三年行动方案。', '建立县领导联系村制度。'],
      },
      {
        title: '生态环境保护存在短板',
        role: 'problem',
        status: null,
        deadline: null,
        responsible: '县生态环境分局',
        body: ['开展河道专项整治。', '整改时限：长期坚持', '持续推进。已清理河道垃圾300吨。'],
      },
    ],
  },
  {
    title: '全面从严治党方面',
    role: 'aspect',
    status: null,
    deadline: null,
    responsible: null,
    body: [],
    children: [
      {
        title: '“四风”问题仍有发生',
        role: 'problem',
        status: '基本完成',
        deadline: '2024-10-31',
        responsible: '县纪委监委',
        body: ['开展作风建设专项行动，查处问题8个。', '备注：与审计整改统筹推进'],
      },
    ],
  },
]

describe('问题清单表格', () => {
  const html = read('problem-tables.html').toString('utf8')
  const source = htmlParagraphs(html)

  it('网页表格：每行一个问题，挂在方面之下，字段与正文各就各位', async () => {
    const { notice, findings } = await importNotice({ name: 'problem-tables.html', bytes: read('problem-tables.html') })
    expect(notice.rectification.heading).toBe('反馈问题整改落实情况')
    expect(notice.rectification.items.map(row)).toEqual(EAST_LAKE)
    expect(notice.organization.heading).toBe('提高政治站位，压实整改责任')
    expect(RichText.texts(notice.nextSteps.paragraphs)).toEqual(['下一步，东湖县委将持续巩固整改成果。'])
    expect(findings).toEqual([])
    expect(textFidelity(source, notice).score).toBe(1)
  })

  it.each([
    ['pandoc', 'problem-tables.docx'],
    ['LibreOffice', 'problem-tables.soffice.docx'],
  ])('Word 表格（%s 由同一网页转出的 .docx）与网页导入结果相同', async (_tool, file) => {
    const { notice, findings } = await importNotice({ name: file, bytes: read(file) })
    expect(notice.rectification.items.map(row)).toEqual(EAST_LAKE)
    expect(findings).toEqual([])
    expect(textFidelity(source, notice).score).toBe(1)
  })

  it('从网页复制的制表符文字：空单元格（含行首的空序号格）不错位，读不出日期的时限留在正文', async () => {
    const text = read('web-copy.txt').toString('utf8')
    const { notice } = await importNotice({ name: 'web-copy.txt', bytes: read('web-copy.txt') })
    expect(notice.rectification.items.map(row)).toEqual([
      {
        title: '集体“三资”管理不规范',
        role: 'problem',
        status: '已完成',
        deadline: '2024-09-30',
        responsible: '镇农业服务中心',
        body: ['全面清查集体资产，建立台账。'],
      },
      {
        title: '便民服务事项办理慢',
        role: 'problem',
        status: '持续推进',
        deadline: '2024-12-31',
        responsible: '镇便民服务中心',
        body: ['推行“一窗受理”。'],
      },
      {
        title: '村级财务公开不及时',
        role: 'problem',
        status: '基本完成',
        deadline: null,
        responsible: null,
        body: ['每季度公开财务收支。', '整改时限：长期坚持'],
      },
      // 序号格空着（合并单元格复制出来就是这样），行首的制表符不当缩进去掉
      {
        title: '乡村道路养护不到位',
        role: 'problem',
        status: '已完成',
        deadline: '2024-10-31',
        responsible: '镇建设办',
        body: ['落实养护责任。'],
      },
    ])
    expect(RichText.texts(notice.nextSteps.paragraphs)).toEqual(['下一步，南溪镇党委将持续抓好整改落实。'])
    expect(textFidelity(textParagraphs(text), notice).score).toBe(1)
  })

  it('漏存一个字段，保真度会扣分', async () => {
    const { notice } = await importNotice({ name: 'problem-tables.html', bytes: read('problem-tables.html') })
    notice.rectification.items[0]!.children[0]!.responsible = null
    const f = textFidelity(source, notice)
    expect(f.score).toBeLessThan(1)
    expect(f.missing.join('')).toContain('县农业农村局')
  })

  it('排版用的表格（没有问题清单表头）照旧每个单元格一段', () => {
    const layout =
      '<table><tr><td>网站首页</td><td>巡察工作</td></tr><tr><td><p>一、关于“某”问题的整改情况</p><p>已完成整改。</p></td></tr></table>'
    expect(htmlParagraphs(layout)).toEqual(['网站首页', '巡察工作', '一、关于“某”问题的整改情况', '已完成整改。'])
  })

  it('表头按关键词认列：“问题整改措施”是措施列，不是问题列；统计表不算问题清单', () => {
    expect(tableHeader('序号\t反馈问题\t问题整改措施\t牵头单位')?.map((c) => c.kind)).toEqual([
      'number',
      'problem',
      'measure',
      'responsible',
    ])
    expect(tableHeader('项目\t数量\t金额')).toBeNull()
    expect(tableHeader('序号\t问题\t说明')).toBeNull()
    // 数据行的格子里也可能有“问题”“措施”二字，它不是表头
    expect(tableHeader('1\t问题1表述不清\t整改措施第1项。\t县某局')).toBeNull()
    expect(tableHeader('2\t落实问题不到位\t整改措施\t牵头单位')).toBeNull()
  })

  it('比表头多出的单元格带列号留在正文', () => {
    const columns = tableHeader('序号\t反馈问题\t整改措施')!
    expect(readRow('1\t问题甲\t措施乙。\t附加说明', columns).body).toEqual(['措施乙。', '（第4列）：附加说明'])
  })

  it('时限的几种写法', () => {
    expect(parseDeadline('2024年6月30日前')).toBe('2024-06-30')
    expect(parseDeadline('2024年2月底')).toBe('2024-02-29')
    expect(parseDeadline('2024-06-30')).toBe('2024-06-30')
    expect(parseDeadline('2024年2月30日')).toBeNull()
    expect(parseDeadline('长期坚持')).toBeNull()
  })

  it('合并单元格不让列错位：跨行的责任单位只记在第一行，跨整行的方面标题照普通段落', async () => {
    const page = `<p>中共北坡区委关于区委第一轮巡察整改情况的通报</p>
<p>根据区委统一部署，区委第一巡察组对北坡区教育局进行了巡察。</p>
<table>
<tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>责任单位</td></tr>
<tr><td colspan="4">一、关于教育系统党建方面</td></tr>
<tr><td>1</td><td>支部活动流于形式</td><td>规范“三会一课”。</td><td rowspan="2">区教育局党组</td></tr>
<tr><td>2</td><td>党员教育不经常</td><td>开展集中轮训。</td></tr>
</table>`
    const { notice } = await importNotice({ name: 'merged.html', bytes: new TextEncoder().encode(page) })
    expect(notice.rectification.items.map(row)).toEqual([
      {
        title: '关于教育系统党建方面',
        role: 'aspect',
        status: null,
        deadline: null,
        responsible: null,
        body: [],
        children: [
          {
            title: '支部活动流于形式',
            role: 'problem',
            status: null,
            deadline: null,
            responsible: '区教育局党组',
            body: ['规范“三会一课”。'],
          },
          { title: '党员教育不经常', role: 'problem', status: null, deadline: null, responsible: null, body: ['开展集中轮训。'] },
        ],
      },
    ])
  })

  it('用了自动编号的 Word 文件里的问题清单同样成行读出，编号段落照旧', async () => {
    const docx = numberedDocx(
      [
        { text: '中共西坝县委关于市委第二轮巡察整改进展情况的通报' },
        { text: '根据市委统一部署，市委第一巡察组对西坝县进行了巡察。' },
        { text: '反馈问题整改落实情况', level: 0 },
        { text: 'TABLE' },
        { text: '下一步，西坝县委将持续推进整改。' },
      ],
      [{ format: 'chineseCounting', text: '%1、' }],
    )
    const files = unzipSync(docx)
    const tc = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`
    const tr = (...cells: string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`
    const table = `<w:tbl>${tr('序号', '反馈问题', '整改措施', '整改时限')}${tr('1', '项目审批把关不严', '修订审批办法。', '2025年3月31日')}</w:tbl>`
    const xml = strFromU8(files['word/document.xml']!).replace(/<w:p><w:r><w:t xml:space="preserve">TABLE<\/w:t><\/w:r><\/w:p>/, table)
    expect(xml).toContain('<w:tbl>')
    const bytes = zipSync({ ...files, 'word/document.xml': strToU8(xml) })
    const { notice } = await importNotice({ name: 'numbered.docx', bytes })
    expect(notice.rectification.heading).toBe('反馈问题整改落实情况')
    expect(notice.rectification.items.map(row)).toEqual([
      { title: '项目审批把关不严', role: 'problem', status: null, deadline: '2025-03-31', responsible: null, body: ['修订审批办法。'] },
    ])
  })

  it('表格之后的段落不并入最后一个问题，作为无编号的一段跟在表格后面', async () => {
    const page = `<p>中共北坡区委关于区委第一轮巡察整改情况的通报</p>
<p>根据区委统一部署，区委第一巡察组对北坡区教育局进行了巡察。</p>
<p>一、关于教育系统党建方面</p>
<table>
<tr><td>序号</td><td>反馈问题</td><td>整改措施</td></tr>
<tr><td>1</td><td>支部活动流于形式</td><td>规范“三会一课”</td></tr>
</table>
<p>以上问题已全部整改到位</p>
<p>二、关于意识形态工作方面</p>
<p>（一）阵地管理不严。已清理过期宣传栏。</p>`
    const source = htmlParagraphs(page)
    const { notice } = await importNotice({ name: 'after.html', bytes: new TextEncoder().encode(page) })
    const [first, second] = notice.rectification.items
    expect(first!.children.map((c) => ({ title: c.title, body: RichText.texts(c.body), unnumbered: c.unnumbered ?? false }))).toEqual([
      { title: '支部活动流于形式', body: ['规范“三会一课”'], unnumbered: false },
      { title: '', body: ['以上问题已全部整改到位'], unnumbered: true },
    ])
    expect(second!.title).toBe('关于意识形态工作方面')
    expect(textFidelity(source, notice).score).toBe(1)
  })

  it('长短整齐的表格行不被当成固定宽度折行接起来', async () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `${i + 1}\t第${String.fromCharCode(0x7532 + i)}项问题整改不到位\t制定整改方案，明确责任分工\t县有关部门`,
    )
    const text = [
      '中共某县委关于市委第一轮巡察整改进展情况的通报',
      '根据市委统一部署，市委第二巡察组对某县进行了巡察。',
      '序号\t反馈问题\t整改措施\t责任单位',
      ...rows,
      '下一步，某县委将持续推进整改。',
    ].join('\n')
    const { notice, findings } = await importNotice({ name: 'rows.txt', bytes: new TextEncoder().encode(text) })
    expect(notice.rectification.items).toHaveLength(12)
    expect(notice.rectification.items.every((i) => i.responsible === '县有关部门')).toBe(true)
    expect(findings.map((f) => f.rule)).not.toContain('TB101')
    expect(RichText.texts(notice.nextSteps.paragraphs)).toEqual(['下一步，某县委将持续推进整改。'])
  })

  it('问题格跨几行（合并单元格）：接续行是同一个问题的续写，不是没有标题的新问题', async () => {
    const page = `<p>中共北坡区委关于区委第一轮巡察整改情况的通报</p>
<p>根据区委统一部署，区委第一巡察组对北坡区教育局进行了巡察。</p>
<table>
<tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>整改时限</td><td>责任单位</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">校园食堂管理不规范</td><td>开展食堂专项检查。</td><td>2024年9月30日</td><td>区教育局</td></tr>
<tr><td>建立陪餐制度。</td><td>长期坚持</td><td>各学校</td></tr>
<tr><td>2</td><td>课后服务覆盖面不广</td><td>扩大课后服务供给。</td><td>2024年12月31日</td><td>区教育局</td></tr>
</table>`
    const { notice } = await importNotice({ name: 'rowspan.html', bytes: new TextEncoder().encode(page) })
    expect(notice.rectification.items.map(row)).toEqual([
      {
        title: '校园食堂管理不规范',
        role: 'problem',
        status: null,
        deadline: '2024-09-30',
        responsible: '区教育局',
        body: ['开展食堂专项检查。', '建立陪餐制度。', '整改时限：长期坚持', '责任单位：各学校'],
      },
      {
        title: '课后服务覆盖面不广',
        role: 'problem',
        status: null,
        deadline: '2024-12-31',
        responsible: '区教育局',
        body: ['扩大课后服务供给。'],
      },
    ])
    expect(textFidelity(htmlParagraphs(page), notice).score).toBe(1)
  })

  it('“问题类别”列（合并单元格）成为方面，各行问题归在其下', async () => {
    const page = `<p>中共南湾区委关于区委第二轮巡察整改进展情况的通报</p>
<p>根据区委统一部署，区委第三巡察组对南湾区卫健局进行了巡察。</p>
<table>
<tr><th>序号</th><th>问题类别</th><th>具体问题</th><th>整改措施</th><th>完成情况</th></tr>
<tr><td>1</td><td rowspan="2">党的建设方面</td><td>基层党组织作用发挥不充分</td><td>开展支部标准化建设。</td><td>已完成</td></tr>
<tr><td>2</td><td>党员发展不规范</td><td>规范发展程序。</td><td>持续推进</td></tr>
<tr><td>3</td><td>业务工作方面</td><td>医疗废物处置不规范</td><td>开展专项整治。</td><td>基本完成</td></tr>
</table>`
    const { notice } = await importNotice({ name: 'category.html', bytes: new TextEncoder().encode(page) })
    expect(notice.rectification.items.map(row)).toEqual([
      {
        title: '党的建设方面',
        role: 'aspect',
        status: null,
        deadline: null,
        responsible: null,
        body: [],
        children: [
          {
            title: '基层党组织作用发挥不充分',
            role: 'problem',
            status: '已完成',
            deadline: null,
            responsible: null,
            body: ['开展支部标准化建设。'],
          },
          { title: '党员发展不规范', role: 'problem', status: '持续推进', deadline: null, responsible: null, body: ['规范发展程序。'] },
        ],
      },
      {
        title: '业务工作方面',
        role: 'aspect',
        status: null,
        deadline: null,
        responsible: null,
        body: [],
        children: [
          { title: '医疗废物处置不规范', role: 'problem', status: '基本完成', deadline: null, responsible: null, body: ['开展专项整治。'] },
        ],
      },
    ])
    expect(textFidelity(htmlParagraphs(page), notice).score).toBe(1)
  })

  it('自动编号的 Word 文件里，排版表格中带编号的段落照旧加回编号', async () => {
    const docx = numberedDocx(
      [
        { text: '中共西坝县委关于市委第二轮巡察整改进展情况的通报' },
        { text: '根据市委统一部署，市委第一巡察组对西坝县进行了巡察。' },
        { text: '关于“项目审批把关不严”问题的整改情况', level: 0 },
        { text: 'CELL' },
        { text: '关于“资金使用不规范”问题的整改情况', level: 0 },
        { text: '已收回违规资金。' },
      ],
      [{ format: 'chineseCounting', text: '%1、' }],
    )
    const files = unzipSync(docx)
    const numberedCell =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>关于“制度执行不到位”问题的整改情况</w:t></w:r></w:p>'
    const table = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>修订审批办法。</w:t></w:r></w:p>${numberedCell}<w:p><w:r><w:t>建立督查制度。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
    const xml = strFromU8(files['word/document.xml']!).replace(/<w:p><w:r><w:t xml:space="preserve">CELL<\/w:t><\/w:r><\/w:p>/, table)
    const { notice } = await importNotice({ name: 'layout.docx', bytes: zipSync({ ...files, 'word/document.xml': strToU8(xml) }) })
    expect(notice.rectification.items.map((i) => [i.title, RichText.texts(i.body)])).toEqual([
      ['关于“项目审批把关不严”问题的整改情况', ['修订审批办法。']],
      ['关于“制度执行不到位”问题的整改情况', ['建立督查制度。']],
      ['关于“资金使用不规范”问题的整改情况', ['已收回违规资金。']],
    ])
  })
})
