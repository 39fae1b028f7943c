// 标题回行（GB/T 9704-2012 7.3.1）：词意完整、排列对称、长短适宜，梯形或菱形，每行不超过 20 字。
import { measurePt } from '../layout/break-lines'
import { FACE_OF_ROLE } from '../layout/metrics'
import { FONT_SIZE_PT, PAGE, TITLE, TWIPS_PER_PT } from '../spec/gbt9704'

/** 半角字符按半个字计。 */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += ch.codePointAt(0)! < 0x2e80 && !/[“”‘’—…·]/.test(ch) ? 0.5 : 1
  return w
}

/**
 * 一行标题在版心里排得下：按版式的字宽（core/layout/metrics）量，不按“半角算半个字”——数字在替代字体里宽 0.56 字，
 * 汉字与数字之间还有自动间距，“中共青山县委关于2023年1月至2024年12月”算 20 字，实际 457.6 pt，超出版心 442 pt，
 * 在 Word、LibreOffice 里这一段会自己再折一行，末行只剩“月”一个字。
 */
export function titleLineFits(line: string): boolean {
  const width = measurePt([{ text: line, face: FACE_OF_ROLE.xiaobiaosong, sizePt: FONT_SIZE_PT[TITLE.size], spacingPt: 0 }])
  return width <= PAGE.textWidthTw / TWIPS_PER_PT
}

/**
 * 断在某处的代价：越小越好；Infinity 表示不能断（词或专名中间、数字或引号之内）。
 * [PRACTICE] 首选“关于”之后或“的通报”之前断开；其次是机关名、轮次与事由之间。
 */
function breakCost(title: string, at: number): number {
  const before = title.slice(0, at)
  const after = title.slice(at)
  const prev = before.at(-1) ?? ''
  const next = after[0] ?? ''
  if (/[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9.]/.test(next)) return Infinity
  // 数字与其后的量词、日期单位连在一起（“10 / 日至”不好读）。
  if (/[0-9]/.test(prev) && /[年月日号时个项条名家次轮届期%]/.test(next)) return Infinity
  // 不拆开引号、书名号、括号内的内容；不让标点出现在行首、开引号留在行尾。
  if (/^[，。、；：？！”’》）〕】…—·]/.test(after) || /[“‘《（〔【]$/.test(before)) return Infinity
  if (depth(before) > 0) return Infinity
  if (before.endsWith('关于')) return 0
  if (/^的(通报|通知|报告|决定|意见|情况)/.test(after)) return 1
  if (after.startsWith('关于')) return 2
  // “第三巡察组”“省委巡视组”是一个名称：组名中间不断。
  if (/^(巡视|巡察)组/.test(after) || (/[一二三四五六七八九十\d]$/.test(prev) && /^(巡视|巡察)/.test(after))) return 12
  if (/[轮届组]$/.test(before) || /^(巡视|巡察|专项|整改|开展|落实|贯彻)/.test(after)) return 3
  if (/(委|党组|党委|政府|员会|工委|机关|局|厅|部|院|校|公司|集团)$/.test(before)) return 4
  return 12
}

function depth(s: string): number {
  let d = 0
  for (const ch of s) {
    if ('“‘《（〔【'.includes(ch)) d++
    else if ('”’》）〕】'.includes(ch)) d = Math.max(0, d - 1)
  }
  return d
}

/** 行长的形状：单调（梯形）或中间最长（菱形）；相邻等长、过短的行都要避免。 */
function shapeCost(lines: string[]): number {
  if (!lines.every(titleLineFits)) return Infinity
  const widths = lines.map(displayWidth)
  if (widths.some((w) => w > TITLE.maxCharsPerLine)) return Infinity
  if (widths.some((w) => w <= 2)) return Infinity
  let cost = 0
  for (const w of widths) if (w > TITLE.preferredCharsPerLine) cost += w - TITLE.preferredCharsPerLine
  for (let i = 1; i < widths.length; i++) if (widths[i] === widths[i - 1]) cost += 3
  const increasing = widths.every((w, i) => i === 0 || w >= widths[i - 1]!)
  const decreasing = widths.every((w, i) => i === 0 || w <= widths[i - 1]!)
  const peak = widths.indexOf(Math.max(...widths))
  const diamond = widths.every((w, i) => (i <= peak ? i === 0 || w >= widths[i - 1]! : w <= widths[i - 1]!))
  if (!increasing && !decreasing && !diamond) return Infinity
  // 正梯形（上短下长）与菱形略优于倒梯形 [PRACTICE]。
  if (decreasing && !increasing && widths.length > 1) cost += 1
  return cost
}

/**
 * 把标题分成若干行。不超过 20 字的标题不回行；否则在候选断点中选代价最小的组合。
 * 找不到合规的断法时（如 60 字以上的标题），退而按字数均分，仍不断开数字与引号。
 */
export function titleLines(title: string): string[] {
  const total = displayWidth(title)
  if (total <= TITLE.maxCharsPerLine && titleLineFits(title)) return [title]
  const chars = [...title]
  const offsets: number[] = []
  let o = 0
  for (const ch of chars) offsets.push((o += ch.length))
  offsets.pop()
  const candidates = offsets.map((at) => ({ at, cost: breakCost(title, at) })).filter((c) => c.cost < Infinity)
  const minLines = Math.ceil(total / TITLE.maxCharsPerLine)
  // 五行以上的标题本身就该改短；不为它穷举断点组合。
  if (minLines > 4) return evenSplit(title, minLines)
  let best: { cost: number; cuts: number[] } | null = null
  for (let lines = minLines; lines <= minLines + 1; lines++) {
    for (const cuts of combinations(
      candidates.map((c) => c.at),
      lines - 1,
    )) {
      const shape = shapeCost(segments(title, cuts))
      if (shape === Infinity) continue
      const cost = shape + cuts.reduce((s, at) => s + candidates.find((c) => c.at === at)!.cost, 0) + (lines - minLines) * 4
      if (!best || cost < best.cost) best = { cost, cuts }
    }
    if (best) break
  }
  return best ? segments(title, best.cuts) : evenSplit(title, minLines)
}

function segments(s: string, cuts: number[]): string[] {
  const out: string[] = []
  let start = 0
  for (const at of cuts) {
    out.push(s.slice(start, at))
    start = at
  }
  out.push(s.slice(start))
  return out
}

function* combinations(items: number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield []
    return
  }
  for (let i = from; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i]!, ...rest]
  }
}

/** 最后的退路：按 20 字一行依次切开（不切断代理对）。 */
function evenSplit(title: string, lines: number): string[] {
  const chars = [...title]
  const per = Math.ceil(chars.length / lines)
  const out: string[] = []
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''))
  return out
}
