// GB/T 9704-2012 签发稿规则在 core/layout 中：每条规则注明条款。LibreOffice 中的实际效果见 layout-vs-libreoffice.test.ts。
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { resolveBanji, resolveExport } from '../../core/export/options'
import { importNotice } from '../../core/import/index'
import { measurePt } from '../../core/layout/break-lines'
import { layoutNotice, type NoticeLayout } from '../../core/layout'
import { orgMarkSize } from '../../core/layout/layout-notice'
import { RichText } from '../../core/model/rich-text'
import type { Notice } from '../../core/model/notice'
import { PAGE, TWIPS_PER_PT } from '../../core/spec/gbt9704'
import { signOffOf } from '../../core/export/options'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'

const WIDTH = PAGE.textWidthTw / TWIPS_PER_PT
const text = (l: { runs: { text: string }[] }) => l.runs.map((r) => r.text).join('')
const CC = Array.from({ length: 12 }, (_, i) => `县直第${i + 1}单位党组（党委）`)

/** 样例正文后加 extra 句，用来把落款推到页的不同位置。 */
function longer(extra: number): Notice {
  const n = sampleNotice()
  n.organization.paragraphs = [
    ...n.organization.paragraphs,
    ...RichText.of(...Array.from({ length: extra }, () => '各级党组织对照问题清单逐项整改到位，确保件件有着落、事事有回音。')),
  ]
  return n
}

const banjiLines = (l: NoticeLayout) =>
  l.pages.flatMap((p, i) => p.lines.filter((x) => x.para.role.startsWith('banji')).map((x) => ({ ...x, page: i })))

describe('7.2.6 签发人', () => {
  it('有签发人：发文字号居左空一字，“签发人：”（仿宋）与姓名（楷体）居右空一字，同一行；Word 中用右对齐制表位', async () => {
    const n = sampleNotice()
    n.signOff = { ...signOffOf(n), docNumber: '青委〔2024〕57号', signer: '王明', redhead: true }
    const p = layoutNotice(n).paras.find((x) => x.role === 'docNumber')!
    expect(p.align).toBe('left')
    expect([p.leftPt, p.rightPt]).toEqual([16, 16])
    expect(p.rightRuns!.map((r) => [r.text, r.font])).toEqual([
      ['签发人：', 'fangsong'],
      ['王明', 'kaiti'],
    ])
    const doc = strFromU8(unzipSync(await exportDocx(n))['word/document.xml']!)
    const para = /<w:p>(?:(?!<\/w:p>).)*青委〔2024〕57号(?:(?!<\/w:p>).)*<\/w:p>/s.exec(doc)![0]
    expect(para).toContain(`<w:tab w:val="right" w:pos="${PAGE.textWidthTw - 320}"/>`)
    expect(para).toMatch(/<w:tab\/><w:t[^>]*>签发人：<\/w:t>/)
    expect(para).toMatch(/<w:rFonts w:ascii="楷体_GB2312"[^>]*\/>(?:(?!<\/w:r>).)*王明/s)
  })

  it('没有签发人：发文字号居中，没有右截文字', () => {
    const p = layoutNotice(sampleNotice(), { redhead: { docNumber: '青委〔2024〕57号' } }).paras.find((x) => x.role === 'docNumber')!
    expect(p.align).toBe('center')
    expect(p.rightRuns).toBeUndefined()
  })
})

describe('7.2.4 发文机关标志：一行排下，不在名称中间折断', () => {
  it('短名称用大字号；20 字缩到 2号；再长就横向压缩，宽度都不超过版心', () => {
    expect(orgMarkSize(['中共青山县委'])).toEqual({ sizePt: 48, scale: 1 })
    expect(orgMarkSize(['中共台州湾新区工作委员会办公厅巡察工作处'])).toEqual({ sizePt: 22, scale: 1 })
    const long = '中共台州湾新区工作委员会办公厅巡察工作处第一第二第三第四'
    const s = orgMarkSize([long])
    expect(s.scale).toBeLessThan(1)
    expect(measurePt([{ text: long, face: 'serif', sizePt: s.sizePt * s.scale, spacingPt: 0 }])).toBeLessThanOrEqual(WIDTH)
  })

  it('联合行文：每个机关一行，主办机关在前，红色居中', () => {
    const l = layoutNotice(sampleNotice(), { redhead: { orgMarks: ['中共青山县委', '青山县人民政府'] } })
    const marks = l.pages[0]!.lines.filter((x) => x.para.role === 'orgMark')
    expect(marks.map(text)).toEqual(['中共青山县委', '青山县人民政府'])
    for (const m of marks) expect(m.para.align === 'center' && m.runs.every((r) => r.red)).toBe(true)
  })
})

describe('7.4 版记', () => {
  it('7.4.2 抄送回行与冒号后第一个字对齐，末了句号；行数随机关多少增加', () => {
    const l = layoutNotice(sampleNotice(), { banji: { cc: CC } })
    const cc = banjiLines(l).filter((x) => x.para.role === 'banjiCc')
    expect(cc.length).toBeGreaterThan(2)
    expect(text(cc[0]!).startsWith('抄送：')).toBe(true)
    expect(text(cc.at(-1)!).endsWith('。')).toBe(true)
    // 续行左边 = 第一行“抄送：”之后的位置（4号字 3 个字）。
    for (const x of cc.slice(1)) expect(x.leftPt).toBeCloseTo(cc[0]!.leftPt + 3 * 14, 5)
    for (const organ of CC) expect(cc.map(text).join('')).toContain(organ)
  })

  it('7.4.3 印发机关与印发日期总在：印发日期取设置，其次成文日期，再次导出当天', () => {
    const n = sampleNotice()
    expect(resolveBanji(n).printDate).toBe(n.signature.date)
    expect(resolveBanji({ ...n, signature: { ...n.signature, date: null } }, {}, '2025-01-02').printDate).toBe('2025-01-02')
    const set = {
      ...n,
      signOff: {
        orgMarks: [],
        docNumber: null,
        signer: null,
        cc: [],
        printer: null,
        printDate: '2024-10-08',
        profile: null,
        redhead: false,
        banji: true,
      },
    }
    expect(resolveBanji(set).printDate).toBe('2024-10-08')
    expect(resolveExport(set).banji?.printDate).toBe('2024-10-08')
    expect(resolveExport(set, { banji: { printDate: '2024-11-01' } }).banji?.printDate).toBe('2024-11-01')
    const print = banjiLines(layoutNotice({ ...n, signature: { ...n.signature, date: null } }, { banji: true, today: '2025-01-02' })).find(
      (x) => x.para.role === 'banjiPrint',
    )!
    expect(print.para.tail).toBe('2025年1月2日印发')
    expect(text(print)).toBe('中共青山县委办公室')
  })

  it('7.4.1 版记末行在最后一页第 22 行，最后一页是偶数页；偶数页排不下时加空白页，二页不编页码（7.5）', () => {
    const seen = new Set<string>()
    for (let extra = 0; extra < 40; extra++) {
      const l = layoutNotice(longer(extra), { redhead: true, banji: { cc: CC } })
      expect(l.pages.length % 2).toBe(0)
      const last = banjiLines(l).at(-1)!
      expect(last.page).toBe(l.pages.length - 1)
      expect(last.row + last.rows).toBe(22)
      const unnumbered = l.pages.filter((p) => p.number === null)
      if (unnumbered.length) {
        expect(l.pages.slice(-2).every((p) => p.number === null)).toBe(true)
        expect(l.pages.at(-2)!.lines.every((x) => x.para.role === 'blank')).toBe(true)
        seen.add('blank page')
      } else seen.add(l.pages.at(-1)!.lines.some((x) => x.para.role === 'date') ? 'same page' : 'next page')
    }
    // 三种情形都出现过：与落款同页、另起下一页、加空白页。
    expect([...seen].sort()).toEqual(['blank page', 'next page', 'same page'])
  })
})

describe('7.3.5 落款不单独成页', () => {
  it('落款所在页总有正文；需要时末段整段随落款（与下段同页、段中不分页），不插分页符', async () => {
    let adjusted = 0
    for (let extra = 0; extra < 30; extra++) {
      const l = layoutNotice(longer(extra))
      const page = l.pages.find((p) => p.lines.some((x) => x.para.role === 'signature'))!
      expect(
        page.lines.some((x) => x.para.role === 'body'),
        `extra ${extra}`,
      ).toBe(true)
      if (l.paras.some((p) => p.role === 'body' && p.keepNext)) {
        adjusted++
        const xml = strFromU8(unzipSync(await exportDocx(longer(extra)))['word/document.xml']!)
        expect(xml).toContain('<w:keepLines/>')
        expect(xml).not.toMatch(/<w:br w:type="page"|pageBreakBefore/)
      }
    }
    expect(adjusted).toBeGreaterThan(0)
  })
})

describe('标题（7.3.3 [PRACTICE]）', () => {
  it('独立标题从不落在页末：所有样例的每一页最后一行都不是独立标题', async () => {
    for (const s of seedNames()) {
      const n = (await importNotice({ name: s, bytes: new TextEncoder().encode(seedText(s)) })).notice
      for (const p of layoutNotice(n).pages.slice(0, -1)) expect(p.lines.at(-1)!.para.role.startsWith('heading'), s).toBe(false)
    }
  })
})

describe('正文不强制分页', () => {
  it('样例导出的 .docx 正文中没有 w:br 与段前分页；只有版记另起页时才有', async () => {
    const n = sampleNotice()
    const plain = strFromU8(unzipSync(await exportDocx(n))['word/document.xml']!)
    expect(plain).not.toMatch(/<w:br\b|pageBreakBefore/)
    const signed = strFromU8(unzipSync(await exportDocx(longer(0), { banji: { cc: CC } }))['word/document.xml']!)
    expect(signed).not.toMatch(/<w:br\b/)
  })
})
