// 折行留余量：版式的字宽与 LibreOffice、Word 实际排字的宽度有零点几磅的出入（度量常数见 metrics、break-lines）。
// 一行的自然宽度离行宽只差这么一点时，版式与它们可能折在不同的地方（样例 003、004 里五处，如“1-9”与“1-/9月”）。
// 这里不再拟合常数，而由版式定下折点，再让 .docx 把这个决定写得经得起那点出入：刚好排得下的行，本行的字距收紧一点；
// 差一点排得下的行，本行的字距放宽一点（w:spacing，1/20 磅一档，正文本是 −0.25 磅）。字距写在本行的文字截上，
// 版式用同一份字距折行，二者仍出自同一个决定；不写强制换行（w:br），文件照常可改。
import {
  type BreakOptions,
  breakGlyphs,
  glyphs,
  type Glyph,
  type LineScan,
  type LineSpan,
  lineCut,
  lineStartX,
  respacedGlyphs,
  tightnessOf,
} from './break-lines'
import { breakInput, rememberLines } from './para-lines'
import type { Para, Run } from './paragraphs'

/**
 * 余量：行宽窄或宽这么多时折点就变的行算“紧行”。
 * basePt [VERIFIED：版式与 LibreOffice 7.4 折法不同的行里，字宽几乎都是字体原值的行离折点 0.14–0.38 磅（“IDC”“安全”“1-9”
 * 刚好排得下而 LibreOffice 排不下，“滨海新”差 0.22 磅排不下而 LibreOffice 排得下）；与 LibreOffice 折法相同的纯汉字整行离折点
 * 0.78 磅（首行）与 1.28 磅，不算紧行。取 0.6：盖住量得的出入，又不把普通整行都算进来。]
 * 行里宽度含拟合常数的字另加余量，这样的字多的行出入也大：
 * perGapPt：每处中西文间距 0.05 磅（AUTO_SPACE_EM 在 0.218–0.222 字间吻合得一样好，3号字上约 ±0.03 磅）；
 * perPunctPt：汉字段里每个半角标点 0.34 磅，即 0.021 字——折行时它比字体宽度多算 0.035 字（HALF_PUNCT_IN_ASIAN_EM），
 * LibreOffice 排出的 PDF 里只宽 0.014 字，两者之差就是这个常数的不确定度 [VERIFIED：一行含 6 个半角标点的“组织处理5/人”，
 * 版式差 0.7 磅排不下，放宽 1.4 磅后 LibreOffice 仍排得下：它给这些标点的宽度比版式窄 2 磅以上]。
 */
export const TIGHT_MARGIN = { basePt: 0.6, perGapPt: 0.05, perPunctPt: 0.34 } as const
/** 字距一档（pt）：w:spacing 的单位 1/20 磅；一行二十几个字，收紧或放宽一档即一磅多，远大于量得的出入。 */
export const SPACING_STEP_PT = 0.05
/** 最多调几档：仍不能让这一行离折点有余量（极少：行里只有几个字，或半角标点极多）就照原样。 */
const MAX_STEPS = 4

/** 会被调字距的段落：正文与独立标题（两端对齐、多行）；标题、落款、版记各有定位，不动。 */
const FIRMED = (p: Para) => p.role === 'body' || p.role.startsWith('heading')

/**
 * 段落的紧行各自调字距，使版式的每个折点离行宽至少 TIGHT_MARGIN 的余量：逐行从一档试到三档，折点不变且这一行不再是紧行就取用。
 * 折点（因而行数、页）与调整前完全相同。
 *
 * 每段只量一次字：试的字距只改这一行的字宽（respacedGlyphs，与重新量字一位不差），折点是否不变也只重排读到了这一行的字的行
 * （sameCuts）。结果与“改字距、整段重新量字折行再比”的做法完全相同（test/layout/firm-breaks.test.ts 逐段比对）。
 */
export function firmBreaks(p: Para): Para {
  if (!FIRMED(p) || p.runs.every((r) => r.text === '')) return p
  const { spans, options } = breakInput(p)
  let gs = glyphs(spans, options.autoSpaceEm)
  const { lines, firsts, scans: scanned } = breakGlyphs(gs, options)
  let scans = scanned
  const tight = firsts.map((first, k) => tightnessOf(gs, first, scans[k]!, lineStartX(options, k), options, TIGHT_MARGIN))
  let runs = p.runs
  tight.forEach((t, k) => {
    if (!t) return
    for (let n = 1; n <= MAX_STEPS; n++) {
      const deltaPt = (t === 'narrow' ? -n : n) * SPACING_STEP_PT
      // 与 respaced 同一取整：新字距由这一截原来的字距加 deltaPt 取到 1/20 磅。
      const next = respacedGlyphs(gs, firsts[k]!, scans[k]!.cut, (pt) => Math.round((pt + deltaPt) * 20) / 20)
      const nextScans = sameCuts(next, firsts, scans, k, options)
      if (nextScans && !tightnessOf(next, firsts[k]!, nextScans[k]!, lineStartX(options, k), options, TIGHT_MARGIN)) {
        runs = respaced(runs, lines[k]!, deltaPt)
        gs = next
        scans = nextScans
        return
      }
    }
  })
  const out = runs === p.runs ? p : { ...p, runs }
  return rememberLines(out, lines)
}

/**
 * 只改了第 k 行的字宽之后，各行是否仍折在原处；仍在原处时返回各行新的排法，否则 null。第 k 行之后的行从同一个字起排，
 * 读不到改过的字，不变；之前的行只有读到了第 k 行首字（reach：排不下的那个字落在第 k 行里）的才可能变，这些行依次重排比对。
 */
function sameCuts(
  gs: readonly Glyph[],
  firsts: readonly number[],
  scans: readonly LineScan[],
  k: number,
  options: BreakOptions,
): LineScan[] | null {
  const hanging = options.hanging !== false
  const out = scans.slice()
  for (let j = 0; j <= k; j++) {
    if (j < k && scans[j]!.reach < firsts[k]!) continue
    const scan = lineCut(gs, firsts[j]!, lineStartX(options, j), options.widthPt, hanging)
    if (scan.cut !== scans[j]!.cut) return null
    out[j] = scan
  }
  return out
}

/** 把 [start, end) 里的文字另成几截，字距加 deltaPt（取整到 1/20 磅，与 w:spacing 一致）。 */
export function respaced(runs: readonly Run[], line: LineSpan, deltaPt: number): Run[] {
  const out: Run[] = []
  let at = 0
  for (const r of runs) {
    const end = at + r.text.length
    const cuts = [at, Math.min(Math.max(line.start, at), end), Math.min(Math.max(line.end, at), end), end]
    for (let i = 0; i < 3; i++) {
      const text = r.text.slice(cuts[i]! - at, cuts[i + 1]! - at)
      if (!text) continue
      out.push(i === 1 ? { ...r, text, spacingPt: Math.round((r.spacingPt + deltaPt) * 20) / 20 } : { ...r, text })
    }
    at = end
  }
  return out
}
