// 紧行的判定与字距（core/layout firm-breaks）：离折点不到 TIGHT_MARGIN 的行，本行字距收紧或放宽一档，折点不变；
// .docx 把这一行的字距写在它的文字截上（w:spacing），LibreOffice 因而与版式折在同一处（layout-vs-libreoffice 测试）。
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import { layoutNotice, paraLines } from '../../core/layout'
import {
  type BreakOptions,
  breakGlyphs,
  breakLines,
  glyphs,
  lineCut,
  type LineSpan,
  lineTightness,
  measurePt,
  type Span,
  type Tightness,
} from '../../core/layout/break-lines'
import { firmBreaks, respaced, SPACING_STEP_PT, TIGHT_MARGIN } from '../../core/layout/firm-breaks'
import { resolveExport } from '../../core/export/options'
import { breakInput } from '../../core/layout/para-lines'
import { bodyParas, type Para, run } from '../../core/layout/paragraphs'
import { PAGE, TWIPS_PER_PT } from '../../core/spec/gbt9704'
import { seedNames, seedText } from '../support/seeds'

const WIDTH_PT = PAGE.textWidthTw / TWIPS_PER_PT
const TEXT = '巡视整改工作领导小组召开专题会议研究部署整改任务落实情况并逐项明确责任单位和完成时限'
const body = (text: string, rightPt = 0): Para => ({
  role: 'body',
  runs: [run(text, 'fangsong')],
  align: 'justify',
  firstIndentPt: 32,
  leftPt: 0,
  rightPt,
  rowsPerLine: 1,
  beforeRows: 0,
  keepNext: false,
  scale: 1,
})
/** 首行排下前 n 个字、行尾余 slackPt 的右缩进（slackPt 为负：第 n 个字差这么多排不下）。 */
const rightFor = (n: number, slackPt: number) => WIDTH_PT - 32 - measurePt(body(TEXT.slice(0, n)).runs.map(spanOf)) - slackPt
const spanOf = (r: Para['runs'][number]) => ({ text: r.text, face: 'serif' as const, sizePt: r.sizePt, spacingPt: r.spacingPt })
const texts = (p: Para) => paraLines(p).map((l) => l.runs.map((r) => r.text).join(''))
const tightness = (p: Para) => {
  const { spans, options } = breakInput(p)
  return lineTightness(spans, options, TIGHT_MARGIN)
}

describe('紧行的判定', () => {
  it('刚好排得下（余 0.3 磅）是 narrow，差一点排不下（差 0.3 磅）是 wide，余量够的行不是紧行', () => {
    expect(tightness(body(TEXT, rightFor(20, 0.3)))[0]).toBe('narrow')
    expect(tightness(body(TEXT, rightFor(20, -0.3)))[0]).toBe('wide')
    expect(tightness(body(TEXT, rightFor(20, 2)))[0]).toBeNull()
    expect(tightness(body(TEXT, rightFor(20, -2)))[0]).toBeNull()
    // 28 格的整行（首行 26 字）离折点 0.78 磅：正文的常态，不算紧行。
    expect(tightness(body(TEXT))).toEqual([null, null])
  })
})

describe('firmBreaks', () => {
  it('刚好排得下的行：本行字距收紧一档（−0.25 → −0.3 磅），折点不变，不再是紧行；其余各行不动', () => {
    const p = body(TEXT, rightFor(20, 0.3))
    const q = firmBreaks(p)
    expect(texts(q)).toEqual(texts(p))
    expect(texts(p)[0]).toBe(TEXT.slice(0, 20))
    expect(q.runs.map((r) => [r.text, r.spacingPt])).toEqual([
      [TEXT.slice(0, 20), -0.25 - SPACING_STEP_PT],
      [TEXT.slice(20), -0.25],
    ])
    expect(tightness(q).every((t) => t === null)).toBe(true)
  })

  it('差一点排得下的行：本行字距放宽一档（−0.2 磅），下一个字仍在下一行', () => {
    const p = body(TEXT, rightFor(20, -0.3))
    const q = firmBreaks(p)
    expect(texts(p)[0]).toBe(TEXT.slice(0, 19))
    expect(texts(q)).toEqual(texts(p))
    expect(q.runs[0]).toMatchObject({ text: TEXT.slice(0, 19), spacingPt: -0.25 + SPACING_STEP_PT })
    expect(tightness(q).every((t) => t === null)).toBe(true)
  })

  it('没有紧行的段落、标题与落款原样返回', () => {
    const p = body(TEXT)
    expect(firmBreaks(p)).toBe(p)
    const date = { ...body(TEXT, rightFor(20, 0.3)), role: 'date' as const }
    expect(firmBreaks(date)).toBe(date)
  })

  it('respaced 只改 [start, end) 里的字，跨截的行各截都改，段内标题句的标记保留', () => {
    const runs = [{ ...run('2.', 'fangsong'), bold: true, lead: 3 as const }, run('严格执行守则', 'fangsong')]
    expect(respaced(runs, { start: 0, end: 4 }, -0.05).map((r) => [r.text, r.spacingPt, r.lead])).toEqual([
      ['2.', -0.3, 3],
      ['严格', -0.3, undefined],
      ['执行守则', -0.25, undefined],
    ])
  })
})

describe('样例上的紧行', () => {
  it('排好的正文与标题没有离折点不到余量的行（不调字距时五个样例有 70 多行）', async () => {
    for (const name of seedNames()) {
      const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
      for (const p of layoutNotice(notice).paras) {
        if (p.role !== 'body' && !p.role.startsWith('heading')) continue
        if (p.runs.every((r) => r.text === '')) continue
        expect(tightness(p).filter(Boolean), `${name} ${p.runs[0]?.text}`).toEqual([])
      }
    }
  })

  it('.docx 把紧行的字距写在这一行的文字截上：样例 003 加粗的“2.”那一行（段内标题句用字符样式）', async () => {
    const name = seedNames().find((n) => n.startsWith('003'))!
    const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
    const para = layoutNotice(notice).paras.find((p) =>
      p.runs
        .map((r) => r.text)
        .join('')
        .startsWith('2.严格执行《党委'),
    )!
    const first = texts(para)[0]!
    expect(first.endsWith('区委')).toBe(true)
    const xml = strFromU8(unzipSync(await exportDocx(notice))['word/document.xml']!)
    const p = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1]!).find((x) => x.includes('严格执行《党委'))!
    const runs = [...p.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
      text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1]!)?.[1] ?? '',
      rpr: /<w:rPr>(.*?)<\/w:rPr>/s.exec(m[1]!)?.[1] ?? '',
    }))
    // 收紧的字距（比样式的 −5 更紧）正好写在首行的各截上，段内标题句“2.”仍用它的字符样式。
    const spacing = (rpr: string) => Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(rpr)?.[1] ?? -5)
    const tightened = runs.filter((r) => spacing(r.rpr) < -5)
    expect(tightened.map((r) => r.text).join('')).toBe(first)
    expect(tightened[0]!.rpr).toContain('<w:rStyle w:val="TongbaoRunIn3"/>')
    expect(new Set(tightened.map((r) => spacing(r.rpr))).size).toBe(1)
    expect(
      runs
        .filter((r) => !r.rpr.includes('<w:spacing'))
        .map((r) => r.text)
        .join(''),
    ).toBe(
      para.runs
        .map((r) => r.text)
        .join('')
        .slice(first.length),
    )
    expect(p).not.toContain('<w:br')
  })
})

/** 紧行的直截了当的判定：每一行都照窄了、宽了的行宽各重排一遍，看折点变不变（tightnessOf 先用排这一行的经过排除余量之外的行）。 */
function tightnessByRebreaking(spans: readonly Span[], o: BreakOptions): Tightness[] {
  const gs = glyphs(spans, o.autoSpaceEm)
  const hanging = o.hanging !== false
  const { firsts, scans } = breakGlyphs(gs, o)
  return firsts.map((first, k) => {
    const x0 = k === 0 ? o.firstIndentPt : 0
    const { cut } = scans[k]!
    const m = gs
      .slice(first, cut + 1)
      .reduce<number>(
        (w, g) => w + (g.fitted === 'punct' ? TIGHT_MARGIN.perPunctPt : g.fitted === 'gap' ? TIGHT_MARGIN.perGapPt : 0),
        TIGHT_MARGIN.basePt,
      )
    if (lineCut(gs, first, x0, o.widthPt - m, hanging).cut !== cut) return 'narrow'
    if (cut < gs.length && lineCut(gs, first, x0, o.widthPt + m, hanging).cut !== cut) return 'wide'
    return null
  })
}

/**
 * 直截了当的做法（firmBreaks 以前就是这样算的）：每试一档字距，就把改了字距的整段重新量字、折行，与原来的折点逐行比，
 * 再整段重排一遍判定紧行。firmBreaks 每段只量一次字、只重排读到改动的行与余量之内的行，结果必须与它一字不差。
 */
function firmBreaksByRebreaking(p: Para): Para {
  if (!(p.role === 'body' || p.role.startsWith('heading')) || p.runs.every((r) => r.text === '')) return p
  const same = (a: readonly LineSpan[], b: readonly LineSpan[]) =>
    a.length === b.length && a.every((l, i) => l.start === b[i]!.start && l.end === b[i]!.end)
  const input = breakInput(p)
  const lines = breakLines(input.spans, input.options)
  const tight = tightnessByRebreaking(input.spans, input.options)
  expect(lineTightness(input.spans, input.options, TIGHT_MARGIN)).toEqual(tight)
  let runs = p.runs
  tight.forEach((t, k) => {
    if (!t) return
    for (let n = 1; n <= 4; n++) {
      const candidate = { ...p, runs: respaced(runs, lines[k]!, (t === 'narrow' ? -n : n) * SPACING_STEP_PT) }
      const next: { spans: ReturnType<typeof breakInput>['spans']; options: BreakOptions } = breakInput(candidate)
      if (same(breakLines(next.spans, next.options), lines) && !tightnessByRebreaking(next.spans, next.options)[k]) {
        runs = candidate.runs
        return
      }
    }
  })
  return runs === p.runs ? p : { ...p, runs }
}

describe('firmBreaks 与整段重新量字的做法结果相同', () => {
  it('五个样例与两种折点移位的样例的每一段（正文、独立标题等）', async () => {
    let paras = 0
    let changed = 0
    for (const name of seedNames()) {
      for (const prefix of ['', '为此,各', '同时,2024']) {
        const text = seedText(name)
          .split('\n')
          .map((l) => (l.length > 40 ? prefix + l : l))
          .join('\n')
        const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(text) })
        for (const p of bodyParas(notice, resolveExport(notice, {}))) {
          const q = firmBreaks(p)
          expect(q, `${name} ${prefix} ${p.runs[0]?.text}`).toEqual(firmBreaksByRebreaking(p))
          paras++
          if (q !== p) changed++
        }
      }
    }
    // 比对的不只是原样返回的段落：调了字距的段落有好几百。
    expect(paras).toBeGreaterThan(1000)
    expect(changed).toBeGreaterThan(200)
  })

  it('随机的段落：汉字、数字、字母、半角与全角标点、空格混排，几种字体与粗体，任意右缩进与首行缩进', () => {
    const piece = fc.constantFrom(
      '巡视',
      '整改',
      '工作',
      '落实',
      '情况',
      '2024',
      '1-9月',
      'IDC',
      '100%',
      '1.3',
      ',',
      '.',
      '(',
      ')',
      '：',
      '，',
      '。',
      '“',
      '”',
      '《',
      '》',
      ' ',
      'ABC',
      'x',
      '、',
      '—',
      '%',
      '5/',
      '（一）',
      '12.5万元',
    )
    const runArb = fc.record({
      text: fc.array(piece, { minLength: 1, maxLength: 30 }).map((a) => a.join('')),
      font: fc.constantFrom('fangsong' as const, 'heiti' as const, 'kaiti' as const),
      bold: fc.boolean(),
    })
    const paraArb = fc.record({
      runs: fc.array(runArb, { minLength: 1, maxLength: 4 }),
      rightPt: fc.double({ min: 0, max: 200, noNaN: true }),
      firstIndentPt: fc.constantFrom(0, 32, -32),
      role: fc.constantFrom('body' as const, 'heading2' as const),
    })
    fc.assert(
      fc.property(paraArb, ({ runs, rightPt, firstIndentPt, role }) => {
        const p: Para = {
          ...body('', rightPt),
          role,
          firstIndentPt,
          runs: runs.map((r) => ({ ...run(r.text, r.font), bold: r.bold })),
        }
        expect(firmBreaks(p)).toEqual(firmBreaksByRebreaking(p))
      }),
      { numRuns: 400, seed: 15 },
    )
  })
})
