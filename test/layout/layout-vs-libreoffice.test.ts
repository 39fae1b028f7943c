// 验收（issue #11）：core/layout 排出的页与行 = LibreOffice 7.4 用替代字体渲染导出的 .docx 所得的页与行。
// 五个样例与示例通报，各导出不带与带红头/版记（12 个抄送机关、20 字的发文机关标志）两份，另加一份需要空白页的，以及五个样例
// 各段前加几个字、折点全部移位的一份；
// 全部 .docx 一次 soffice 调用转成 PDF，pdftotext -bbox-layout 取行，逐页逐行比对，并打印吻合的数字。
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import type { DocxOptions } from '../../core/export/options'
import { importNotice } from '../../core/import/index'
import { layoutNotice, type NoticeLayout } from '../../core/layout'
import type { Notice } from '../../core/model/notice'
import { PAGE } from '../../core/spec/gbt9704'
import { pdfLines, type PdfLine, sameLineAsLibreOffice, tempDir, writeTemp } from '../export/support/render'
import { LONE_HEADING, LONE_TITLE, loneCharNotice } from '../support/lone-char-notice'
import { blankPageNotice, CC } from '../support/ofd-cases'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'

/** 20 个字的发文机关标志：一行排满版心的极限（2号字 20 字 = 440 pt ≤ 442 pt）。 */
const LONG_ORGAN = '中共台州湾新区工作委员会办公厅巡察工作处'
const SIGN_OFF: DocxOptions = { redhead: { orgMarks: [LONG_ORGAN] }, banji: { cc: CC, printer: '中共青山县委办公室' } }
/**
 * 已知差距：页数与 LibreOffice 不同的文档。这里断言它们仍然不同：模型修好后此测试会失败，提醒把它从名单中删去。
 * （样例 003 带红头/版记曾是 34 对 35 页：汉字段里的半角标点字宽、西文词后的标点悬挂，见 core/layout/break-lines.ts。）
 */
const KNOWN_GAPS = new Set<string>()

interface Case {
  name: string
  notice: Notice
  options: DocxOptions
  layout?: NoticeLayout
  pdf?: PdfLine[]
}

/**
 * pdftotext 把一行里隔得远的两截（发文字号与签发人、印发机关与印发日期）当成两行，中间还可能夹着页码行；
 * 同一页、同一高度的两截按左右次序合成一行。
 */
function sameRowJoined(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = []
  for (const l of lines) {
    const at = out.findLastIndex((o) => o.page === l.page && Math.abs(o.y0_mm - l.y0_mm) < 2)
    if (at < 0) {
      out.push(l)
      continue
    }
    const o = out[at]!
    const [a, b] = o.x0_mm <= l.x0_mm ? [o, l] : [l, o]
    out[at] = { ...o, text: a.text + b.text, x0_mm: a.x0_mm, x1_mm: Math.max(a.x1_mm, b.x1_mm) }
  }
  return out
}

const cases: Case[] = []
const dir = tempDir('layout-lo')
const root = join(import.meta.dirname, '../..')

beforeAll(async () => {
  // 没有别名文件时 LibreOffice 换用别的字体，比对就没有意义。
  if (!existsSync(join(root, 'test/.fontconfig/fonts.conf')))
    throw new Error('缺少 test/.fontconfig/fonts.conf：先运行 bash scripts/install-test-deps.sh')
  const notices: [string, Notice][] = [['sample', sampleNotice()]]
  for (const s of seedNames())
    notices.push([s.slice(0, 3), (await importNotice({ name: s, bytes: new TextEncoder().encode(seedText(s)) })).notice])
  for (const [name, notice] of notices) cases.push({ name, notice, options: {} }, { name: `${name}-signoff`, notice, options: SIGN_OFF })
  cases.push({ name: 'blank-page-signoff', notice: blankPageNotice(SIGN_OFF), options: SIGN_OFF })
  cases.push({ name: 'sample-signer', notice: sampleNotice(), options: { redhead: { docNumber: '青委〔2024〕57号', signer: '王明' } } })
  cases.push({ name: 'lone-char', notice: loneCharNotice(), options: {} })
  // 折点移位的样例：每个长段前加“为此,各”，全文的折点都换了地方，紧行也换成别的行。紧行的余量（core/layout firm-breaks）
  // 是在原样例上量出的，这几份检验它不是只对原样例的折点成立（不调字距时 99.1% 的行相同）。
  for (const s of seedNames()) {
    const text = seedText(s)
      .split('\n')
      .map((l) => (l.length > 40 ? `为此,各${l}` : l))
      .join('\n')
    cases.push({
      name: `${s.slice(0, 3)}-shifted`,
      notice: (await importNotice({ name: s, bytes: new TextEncoder().encode(text) })).notice,
      options: {},
    })
  }
  for (const c of cases) writeTemp(dir, `${c.name}.docx`, await exportDocx(c.notice, c.options))
  // 一次 soffice 调用转换全部文件（每次启动 LibreOffice 要好几秒）。
  execFileSync(
    'bash',
    ['-c', `soffice -env:UserInstallation=file://${dir}/profile --headless --convert-to pdf --outdir ${dir}/pdf ${dir}/*.docx`],
    {
      env: { ...process.env, FONTCONFIG_FILE: join(root, 'test/.fontconfig/fonts.conf'), HOME: dir },
      stdio: 'ignore',
      timeout: 300_000,
    },
  )
  for (const c of cases) {
    c.layout = layoutNotice(c.notice, c.options)
    c.pdf = sameRowJoined(await pdfLines(join(dir, 'pdf', `${c.name}.pdf`)))
  }
  // 红头/版记签发稿的首页与末页截图（e2e 产物目录），供人眼查看。
  const shots = join(root, 'test/artifacts/screenshots')
  mkdirSync(shots, { recursive: true })
  const pdf = join(dir, 'pdf', 'sample-signoff.pdf')
  const last = cases.find((c) => c.name === 'sample-signoff')!.layout!.pages.length
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'layout-signoff-first')])
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(last),
    '-l',
    String(last),
    '-singlefile',
    pdf,
    join(shots, 'layout-signoff-last'),
  ])
}, 600_000)

const isPageNumber = (t: string) => /^—\d+—$/.test(t)
const layoutLines = (c: Case) =>
  c.layout!.pages.flatMap((p, i) =>
    p.lines
      .map((l) => ({
        page: i + 1,
        text:
          [...l.runs, ...(l.last ? (l.para.rightRuns ?? []) : [])]
            .map((r) => r.text)
            .join('')
            .replace(/\s/g, '') + (l.para.tail && l.last ? l.para.tail : ''),
      }))
      .filter((l) => l.text),
  )

describe('版式 = LibreOffice 渲染的 .docx', () => {
  it('每份文档页数相同；逐页逐行吻合的比例（打印）', () => {
    let equal = 0
    let total = 0
    const rows: string[] = []
    for (const c of cases) {
      const mine = layoutLines(c)
      const lo = c.pdf!.filter((l) => !isPageNumber(l.text))
      const loPages = Math.max(...c.pdf!.map((l) => l.page))
      let same = 0
      for (let i = 0; i < lo.length; i++)
        if (mine[i] && mine[i]!.page === lo[i]!.page && sameLineAsLibreOffice(mine[i]!.text, lo[i]!.text)) same++
      equal += same
      total += lo.length
      rows.push(`${c.name}: 页 ${c.layout!.pages.length}/${loPages}，行 ${same}/${lo.length}`)
      // LAYOUT_DUMP=目录：把两边的行各写一个文件，供逐行查看差在哪里。
      if (process.env.LAYOUT_DUMP) {
        writeTemp(process.env.LAYOUT_DUMP, `${c.name}.mine.txt`, mine.map((l) => `${l.page}\t${l.text}`).join('\n'))
        writeTemp(process.env.LAYOUT_DUMP, `${c.name}.lo.txt`, lo.map((l) => `${l.page}\t${l.text}`).join('\n'))
      }
    }
    console.log(`版式与 LibreOffice 逐行比对：\n${rows.join('\n')}\n合计 ${equal}/${total}（${((100 * equal) / total).toFixed(1)}%）`)
    for (const c of cases) {
      const loPages = Math.max(...c.pdf!.map((l) => l.page))
      if (KNOWN_GAPS.has(c.name)) expect(c.layout!.pages.length, c.name).not.toBe(loPages)
      else expect(c.layout!.pages.length, c.name).toBe(loPages)
    }
    // 逐行全同（issue #11 验收）：此前 4986/5026，余下五处是离折点不到 0.5 磅的行，现由版式定折点、.docx 把紧行的字距写明
    // （core/layout firm-breaks），加粗的半角字按粗体字宽算。
    expect(equal).toBe(total)
  })

  it('每页第一行：吻合的页数（打印）', () => {
    let ok = 0
    let all = 0
    for (const c of cases) {
      const mine = layoutLines(c)
      const lo = c.pdf!.filter((l) => !isPageNumber(l.text))
      for (let p = 1; p <= c.layout!.pages.length; p++) {
        const a = mine.find((l) => l.page === p)
        const b = lo.find((l) => l.page === p)
        all++
        if ((!a && !b) || (a && b && sameLineAsLibreOffice(a.text, b.text))) ok++
      }
    }
    console.log(`每页首行相同：${ok}/${all}`)
    expect(ok).toBe(all)
  })
})

describe('标题不留单字（issue #11）在 LibreOffice 中', () => {
  it('标题与一级标题照版式折行：每行相同，末行不是单字', () => {
    const c = cases.find((x) => x.name === 'lone-char')!
    const lo = c.pdf!.filter((l) => !isPageNumber(l.text)).map((l) => l.text)
    const mine = layoutLines(c).map((l) => l.text)
    const title = mine.slice(
      0,
      mine.findIndex((t) => !LONE_TITLE.includes(t)),
    )
    expect(title.join('')).toBe(LONE_TITLE)
    expect(lo.slice(0, title.length)).toEqual(title)
    const at = mine.findIndex((t) => t.startsWith(LONE_HEADING.slice(0, 6)))
    expect(mine.slice(at, at + 2).join('')).toBe(LONE_HEADING)
    expect(lo.slice(at, at + 2)).toEqual(mine.slice(at, at + 2))
    expect(lo[at + 1]).toBe('情况')
    expect(lo.filter((t, i) => !sameLineAsLibreOffice(mine[i] ?? '', t))).toEqual([])
  })
})

describe('签发稿（GB/T 9704 7.2、7.4、7.5）在 LibreOffice 中', () => {
  const signOff = () => cases.filter((c) => c.name.endsWith('-signoff') && !KNOWN_GAPS.has(c.name))

  it('7.2.4 发文机关标志排在一行，不在名称中间折断', () => {
    for (const c of signOff())
      expect(
        c.pdf!.filter((l) => l.page === 1).map((l) => l.text),
        c.name,
      ).toContain(LONG_ORGAN)
  })

  it('7.2.6 签发人与发文字号同一行：发文字号左起空一字，“签发人：王明”右边空一字', () => {
    const c = cases.find((x) => x.name === 'sample-signer')!
    const row = c.pdf!.find((l) => l.page === 1 && l.text.startsWith('青委〔2024〕57号'))!
    expect(row.text).toBe('青委〔2024〕57号签发人：王明')
    const left = row.x0_mm
    const right = row.x1_mm
    const charMm = (16 * 25.4) / 72
    expect(left).toBeCloseTo(PAGE.leftMm + charMm, 0)
    expect(right).toBeCloseTo(PAGE.leftMm + PAGE.typeAreaWidthMm - charMm, 0)
  })

  it('7.4.1 版记末行在最后一页版心最后一行，最后一页是偶数页', () => {
    for (const c of signOff()) {
      const pages = Math.max(...c.pdf!.map((l) => l.page))
      expect(pages % 2, c.name).toBe(0)
      const last = c.pdf!.filter((l) => l.page === pages && !isPageNumber(l.text)).at(-1)!
      expect(last.text, c.name).toMatch(/印发$/)
      // 第 22 行的字顶在版心上边缘下 21 × 10.21 mm 再下约 3 mm；版心下边缘 262 mm。
      const row22 = PAGE.topMm + 21 * 10.21
      expect(last.y0_mm, c.name).toBeGreaterThan(row22)
      expect(last.y0_mm, c.name).toBeLessThan(PAGE.topMm + PAGE.typeAreaHeightMm - 5)
    }
  })

  it('7.4.2 每个抄送机关都印在最后一页上', () => {
    for (const c of signOff()) {
      const pages = Math.max(...c.pdf!.map((l) => l.page))
      const text = c
        .pdf!.filter((l) => l.page === pages)
        .map((l) => l.text)
        .join('')
      for (const organ of CC) expect(text, `${c.name} ${organ}`).toContain(organ)
    }
  })

  it('7.5 空白页与其后的版记页不编页码，其余各页页码与版式相同', () => {
    for (const c of cases) {
      c.layout!.pages.forEach((p, i) => {
        const shown = c.pdf!.filter((l) => l.page === i + 1 && isPageNumber(l.text)).map((l) => Number(l.text.replace(/—/g, '')))
        expect(shown, `${c.name} 第 ${i + 1} 面`).toEqual(p.number === null ? [] : [p.number])
      })
    }
    const blank = cases.find((c) => c.name === 'blank-page-signoff')!
    expect(blank.layout!.pages.filter((p) => p.number === null)).toHaveLength(2)
    expect(blank.pdf!.filter((l) => l.page === blank.layout!.pages.length - 1)).toEqual([])
  })

  it('7.3.5 没有只有落款的页', () => {
    for (const c of cases.filter((x) => !KNOWN_GAPS.has(x.name))) {
      const org = c.notice.signature.org.replace(/\s/g, '')
      if (!org) continue
      const pages = new Set(c.pdf!.filter((l) => l.text === org).map((l) => l.page))
      for (const p of pages) {
        const others = c.pdf!.filter(
          (l) =>
            l.page === p &&
            !isPageNumber(l.text) &&
            l.text !== org &&
            !/^\d{4}年\d+月\d+日$/.test(l.text) &&
            !l.text.startsWith('抄送') &&
            !/印发$/.test(l.text),
        )
        expect(others.length, `${c.name} 第 ${p} 页`).toBeGreaterThan(0)
      }
    }
  })
})
