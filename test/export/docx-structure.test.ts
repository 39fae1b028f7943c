// .docx 的内部结构（不渲染）：export-compliance §6 中可用 XML 检查的条目，以及字体方案、版头、版记、落款位置。
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { renderedWidthTw, signatureIndents } from '../../core/layout/signature-indents'
import type { DocxOptions } from '../../core/export/options'
import { RichText } from '../../core/model/rich-text'
import { sampleNotice } from '../support/sample-notice'
import { longNotice } from './support/long-notice'

async function parts(options: DocxOptions = {}, notice = sampleNotice()) {
  const files = unzipSync(await exportDocx(notice, options))
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    settings: text('word/settings.xml'),
    footers: [text('word/footer1.xml'), text('word/footer2.xml')],
  }
}

/** document.xml 的各段：样式 id 与段落属性 XML。 */
function paragraphs(xml: string): { style: string; ppr: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gs)].map((m) => {
    const body = m[1] ?? ''
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '', ppr: /<w:pPr>(.*?)<\/w:pPr>/s.exec(body)?.[1] ?? '', xml: body }
  })
}

function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`, 's').exec(styles)?.[0] ?? ''
}

describe('docx 结构', () => {
  it('A4 与页边距写字面 twip 值，不写 docGrid 类型', async () => {
    const { document } = await parts()
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="\d+" w:footer="1458"/)
    expect(document).not.toMatch(/<w:docGrid[^>]*w:type=/)
  })

  it('每一段都是固定行距 579、关闭孤行控制；3号字的样式都紧缩 −5', async () => {
    const { document } = await parts({}, longNotice({ aspects: 2, problemsPerAspect: 2, measuresPerProblem: 2, sentences: 1 }))
    const ps = paragraphs(document.slice(0, document.indexOf('<w:sectPr')))
    expect(ps.length).toBeGreaterThan(20)
    for (const p of ps) {
      expect(p.ppr).toContain('w:line="579" w:lineRule="exact"')
      expect(p.ppr).toContain('<w:widowControl w:val="false"/>')
    }
    // 文字格式只写在样式里：正文各段的文字片段不另设字号、字体，全部继承 3号的样式。
    expect(document.slice(0, document.indexOf('<w:sectPr'))).not.toMatch(/<w:sz |<w:rFonts /)
    const { styles } = await parts()
    const rpr16 = [...styles.matchAll(/<w:style [^>]*>(?:(?!<\/w:style>).)*?<w:rPr>((?:(?!<\/w:rPr>).)*<w:sz w:val="32"\/>.*?)<\/w:rPr>/gs)]
    expect(rpr16.length).toBeGreaterThan(8)
    for (const r of rpr16) expect(r[1]).toContain('<w:spacing w:val="-5"/>')
  })

  it('不是3号字的样式（标题、发文机关标志、版记、页码）字距为 0：文档默认格式不带正文的 −5，版式也只给3号字紧缩', async () => {
    const { styles } = await parts()
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0]).not.toMatch(/<w:spacing w:val=/)
    for (const id of ['TongbaoTitle', 'TongbaoOrgMark', 'TongbaoBanji', 'TongbaoPageNumber']) {
      const rpr = /<w:rPr>.*?<\/w:rPr>/s.exec(styleXml(styles, id))?.[0] ?? ''
      expect(rpr, id).toContain('<w:sz ')
      expect(rpr, id).not.toMatch(/<w:spacing w:val=/)
    }
  })

  it('只有独立标题与标题行“与下段同页”，且带大纲级别', async () => {
    const { document } = await parts()
    for (const p of paragraphs(document)) {
      const keep = p.ppr.includes('<w:keepNext/>')
      expect(keep).toBe(/^TongbaoHeading[1-4]$|^TongbaoTitle$/.test(p.style))
      const level = /<w:outlineLvl w:val="(\d)"\/>/.exec(p.ppr)?.[1]
      if (p.style.startsWith('TongbaoHeading')) expect(Number(level)).toBe(Number(p.style.slice(-1)) - 1)
      else expect(level).toBeUndefined()
    }
  })

  it('不使用 Word 内置的 Heading 样式；除版头的红色外文字一律黑色', async () => {
    const { document, styles } = await parts()
    expect(document).not.toMatch(/w:pStyle w:val="Heading/)
    const colors = [...(document + styles).matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].map((m) => m[1])
    expect(colors.filter((c) => c !== '000000' && c !== 'auto' && c !== 'FF0000')).toEqual([])
    // 红色只出现在版头样式里，公开版正文不用它。
    expect(document).not.toContain('FF0000')
  })

  it('含引号、破折号、省略号的文字片段带 w:hint="eastAsia"，其余不带（export-compliance §2.2）', async () => {
    const n = sampleNotice()
    n.organization.paragraphs = [...n.organization.paragraphs, ...RichText.of('开展“回头看”——逐项复核……', '没有这些符号的一段')]
    const { document } = await parts({}, n)
    const runs = [...document.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!)
    const withText = (s: string) => runs.filter((r) => r.includes(s))
    expect(withText('回头看').length).toBeGreaterThan(0)
    for (const r of withText('回头看')) expect(r).toContain('<w:rFonts w:hint="eastAsia"/>')
    for (const r of withText('没有这些符号的一段')) expect(r).not.toContain('w:hint')
  })

  it('单双页页脚不同：“— PAGE —”，宋体4号，单页居右空一字，双页居左空一字', async () => {
    const { settings, footers } = await parts()
    expect(settings).toContain('<w:evenAndOddHeaders/>')
    const [odd, even] = footers
    for (const f of [odd!, even!]) {
      expect(f).toContain('PAGE')
      expect(f).toContain('— ')
      expect(f).toContain('w:eastAsia="宋体"')
      expect(f).toContain('<w:sz w:val="28"/>')
      expect(f).toContain('w:hint="eastAsia"')
    }
    expect(odd).toMatch(/<w:ind w:right="320"\/>.*<w:jc w:val="right"\/>/s)
    expect(even).toMatch(/<w:ind w:left="320"\/>.*<w:jc w:val="left"\/>/s)
  })

  it.each([
    ['gb2312', ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '黑体']],
    ['gbk', ['方正小标宋_GBK', '方正仿宋_GBK', '方正楷体_GBK', '方正黑体_GBK']],
    ['windows', ['宋体', '仿宋', '楷体', '黑体']],
  ] as const)('字体方案 %s 写入对应字体名', async (profile, names) => {
    const { document, styles } = await parts({ profile })
    const used = new Set([...(document + styles).matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]))
    for (const n of names) expect(used).toContain(n)
    const others = ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '方正仿宋_GBK', '仿宋', '楷体'].filter(
      (n) => !(names as readonly string[]).includes(n),
    )
    for (const n of others) expect(used).not.toContain(n)
  })

  it('三级标题默认加粗，可关闭', async () => {
    const bold = await parts()
    const plain = await parts({ boldLevel3: false })
    const runIn3 = (styles: string) => /<w:style w:type="character" w:styleId="TongbaoRunIn3">.*?<\/w:style>/s.exec(styles)?.[0] ?? ''
    expect(runIn3(bold.styles)).toContain('<w:b/>')
    expect(runIn3(plain.styles)).not.toContain('<w:b/>')
  })

  it('版头：红色发文机关标志、〔年〕发文字号、红色分隔线；公开版没有', async () => {
    const pub = await parts()
    expect(pub.document).not.toContain('FF0000')
    const { document, styles } = await parts({ redhead: { docNumber: '青委〔2024〕5号' } })
    const ps = paragraphs(document)
    const mark = ps.find((p) => p.style === 'TongbaoOrgMark')
    expect(mark?.xml).toContain('中共青山县委')
    expect(styleXml(styles, 'TongbaoOrgMark')).toContain('<w:color w:val="FF0000"/>')
    expect(ps.find((p) => p.style === 'TongbaoDocNumber')?.xml).toContain('青委〔2024〕5号')
    expect(document).toMatch(/<w:top w:val="single" w:color="FF0000"/)
    // 版头在标题之前。
    expect(ps.findIndex((p) => p.style === 'TongbaoOrgMark')).toBeLessThan(ps.findIndex((p) => p.style === 'TongbaoTitle'))
  })

  it('版头默认值：发文字号用发文机关简称和成文年份，序号留空待填', async () => {
    const { document } = await parts({ redhead: true })
    expect(document).toContain('青山县委〔2024〕\u3000号')
  })

  it('版记：抄送以句号结束，印发机关与“年月日印发”，与版心同宽，首末粗线、中间细线，贴版心底边，4号仿宋', async () => {
    const { document, styles } = await parts({ banji: { cc: ['省委巡视办', '市委组织部'] } })
    const ps = paragraphs(document).filter((p) => p.style === 'TongbaoBanji')
    expect(ps).toHaveLength(2)
    expect(ps[0]!.xml).toContain('抄送：省委巡视办，市委组织部。')
    expect(ps[1]!.xml).toContain('中共青山县委办公室')
    expect(ps[1]!.xml).toContain('2024年9月20日印发')
    const table = /<w:tblPr>(.*?)<\/w:tblPr>/s.exec(document)?.[1] ?? ''
    expect(table).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/)
    expect(table).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/)
    expect(table).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"\/>/)
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8845"/>')
    // 不是浮动表格（LibreOffice 把与版心同宽的浮动表格排进正文流）：layout 在它前面补空行，使它贴版心底边；
    // 行高 = 行数 × 579 减去分隔线粗细（layout-vs-libreoffice.test.ts 量出末行在第 22 行）。
    expect(table).not.toContain('tblpY')
    const heights = [...document.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="exact"\/>/g)].map((m) => Number(m[1]))
    expect(heights).toEqual([579 - 20, 579 - 15 - 20])
    expect(styleXml(styles, 'TongbaoBanji')).toContain('<w:sz w:val="28"/>')
    expect(styleXml(styles, 'TongbaoBanji')).toContain('w:eastAsia="仿宋_GB2312"')
  })
})

describe('落款位置（GB/T 9704-2012 7.3.5）', () => {
  const org = '中共青山县委'
  const date = '2024年9月20日'
  const wOrg = renderedWidthTw(org)
  const wDate = renderedWidthTw(date)

  it('宽度：汉字一字（含 −0.25 pt 字距）；数字比半字略宽，汉字与数字之间另有间隙', () => {
    expect(wOrg).toBe(6 * 315)
    expect(wDate).toBeGreaterThan(3 * 320 + 7 * 160)
    expect(renderedWidthTw('20日')).toBeGreaterThan(renderedWidthTw('2') + renderedWidthTw('0') + renderedWidthTw('日'))
  })

  it('加盖印章：日期右空四字，署名以日期为准居中', () => {
    const i = signatureIndents(org, date, true)
    expect(i.date).toBe(1280)
    // 两者中心重合：右缩进 + 宽度/2 相等。
    expect(Math.abs(i.org + wOrg / 2 - (i.date + wDate / 2))).toBeLessThanOrEqual(1)
  })

  it('不加盖印章、日期比署名长：日期右空二字，日期首字比署名首字右移二字', () => {
    const i = signatureIndents(org, date, false)
    expect(i.date).toBe(640)
    expect(Math.abs(-(i.date + wDate) - -(i.org + wOrg) - 640)).toBeLessThanOrEqual(1)
  })

  it('不加盖印章、署名比日期长：署名右空二字', () => {
    const longOrg = '中共青山县委员会办公室'
    const i = signatureIndents(longOrg, date, false)
    expect(i.org).toBe(640)
    expect(Math.abs(-(i.date + wDate) - -(i.org + renderedWidthTw(longOrg)) - 640)).toBeLessThanOrEqual(1)
  })
})

describe('字体表', () => {
  it('写入方案中的字体、GB2312 字符集与自带的替代字体', async () => {
    const files = unzipSync(await exportDocx(sampleNotice()))
    const xml = strFromU8(files['word/fontTable.xml']!)
    expect(xml).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/)
    expect(xml).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/)
    expect(xml).toContain('<w:font w:name="黑体">')
  })
})
