/**
 * 一页版式（core/layout 排好的页）画成纸面：每行放在它所在的格上，行内文字不再由浏览器折行，
 * 所以预览与导出的 Word 同页同行；页码单页居右、双页居左（GB/T 9704 7.5），空白页与版记页不编页码。
 * 单位一律用 pt（版式的单位），整页由外层按比例缩放。
 */
import type { CSSProperties } from 'react'
import type { LayoutLine, LayoutPage, Run } from '../../core/layout'
import { spacedPieces } from '../../core/layout/line-glyphs'
import { run } from '../../core/layout/paragraphs'
import { BANJI, FONT_SIZE_PT, GRID, PAGE, PAGE_NUMBER, REDHEAD, TWIPS_PER_PT } from '../../core/spec/gbt9704'

const pt = (tw: number) => tw / TWIPS_PER_PT
const PITCH = pt(GRID.linePitchTw)
const TOP = pt(PAGE.topTw)
const LEFT = pt(PAGE.leftTw)
const WIDTH = pt(PAGE.textWidthTw)
const FONT_VAR: Record<Run['font'], string> = {
  fangsong: 'var(--font-fangsong)',
  kaiti: 'var(--font-kai)',
  heiti: 'var(--font-hei)',
  xiaobiaosong: 'var(--font-title)',
  songti: 'var(--font-song)',
}

function runStyle(r: Run, scale: number): CSSProperties {
  return {
    fontFamily: FONT_VAR[r.font],
    fontSize: `${r.sizePt}pt`,
    letterSpacing: `${r.spacingPt}pt`,
    fontWeight: r.bold ? 'bold' : 'normal',
    fontStyle: r.italic ? 'italic' : 'normal',
    ...(r.red ? { color: `#${REDHEAD.color}` } : {}),
    ...(scale < 1 ? { display: 'inline-block', transform: `scaleX(${scale})`, transformOrigin: 'center' } : {}),
  }
}

/** 文字截画成 span，字间隔照版式：浏览器不加的中西文间距写成 margin（core/layout spacedPieces），居中、居右的行才与版式同位。 */
function Runs({ runs, scale }: { runs: readonly Run[]; scale: number }) {
  return spacedPieces(runs, scale).map((p, i) => (
    <span key={i} style={{ ...runStyle(runs[p.run]!, scale), ...(p.marginPt ? { marginLeft: `${p.marginPt}pt` } : {}) }}>
      {p.text}
    </span>
  ))
}

function Line({ line }: { line: LayoutLine }) {
  const { para } = line
  const banji = para.role === 'banjiCc' || para.role === 'banjiPrint'
  // 行内右端另有文字（印发日期、签发人）：左右两截排成一行，右截靠右。
  const split = banji || !!para.rightRuns
  const justify = para.align === 'justify' && !line.last
  const style: CSSProperties = {
    top: `${TOP + line.row * PITCH}pt`,
    height: `${line.rows * PITCH}pt`,
    lineHeight: `${line.rows * PITCH}pt`,
    left: `${LEFT + line.leftPt}pt`,
    width: `${WIDTH - line.leftPt - line.rightPt}pt`,
    textAlign: justify ? 'justify' : para.align === 'justify' ? 'left' : para.align,
    ...(justify ? { textAlignLast: 'justify' } : {}),
  }
  return (
    // 角色放在 data-role 而不是 class：编辑器纸面的 .signature 等样式（margin-top、padding-right）会落到同名的预览行上，
    // 把署名推下一格压在日期上。
    <div className={split ? 'pline split' : 'pline'} data-role={para.role} style={style}>
      <Runs runs={line.runs} scale={para.scale} />
      {para.tail && line.last && (
        <span className="tail">
          <Runs runs={[run(para.tail, 'fangsong', FONT_SIZE_PT[BANJI.size])]} scale={1} />
        </span>
      )}
      {para.rightRuns && line.last && (
        <span className="tail">
          <Runs runs={para.rightRuns} scale={1} />
        </span>
      )}
    </div>
  )
}

const rule = (row: number, widthPt: number, key: string, red = false) => (
  <div
    key={key}
    className={red ? 'prule red' : 'prule'}
    style={{ top: `${TOP + row * PITCH}pt`, left: `${LEFT}pt`, width: `${WIDTH}pt`, borderTopWidth: `${widthPt}pt` }}
  />
)

/** 版记的分隔线（7.4.1）：首末条粗、中间细，与版心同宽；末条与版心下边缘重合。 */
function banjiRules(page: LayoutPage) {
  const rows = page.lines.filter((l) => l.para.role === 'banjiCc' || l.para.role === 'banjiPrint')
  if (!rows.length) return null
  const tops = [...new Set(rows.map((l) => l.para))].map((p) => rows.find((l) => l.para === p)!.row)
  const bottom = Math.max(...rows.map((l) => l.row + l.rows))
  return [
    ...tops.map((t, i) => rule(t, (i === 0 ? BANJI.thickRuleEighthPt : BANJI.thinRuleEighthPt) / 8, `r${i}`)),
    rule(bottom, BANJI.thickRuleEighthPt / 8, 'end'),
  ]
}

/** 页码一字线中心在版心下边缘下 7 mm（7.5）。 */
const NUMBER_TOP = pt(PAGE.heightTw - PAGE.bottomTw) + (PAGE_NUMBER.belowTypeAreaMm * 72) / 25.4 - 7

export function LayoutPageView({ page }: { page: LayoutPage }) {
  const separator = page.lines.find((l) => l.para.role === 'separator')
  const odd = page.number !== null && page.number % 2 === 1
  const side = pt(PAGE_NUMBER.sideIndentTw)
  return (
    <article
      className="page"
      aria-label={page.number === null ? '不编页码的页' : `第 ${page.number} 页`}
      style={{ width: `${pt(PAGE.widthTw)}pt`, height: `${pt(PAGE.heightTw)}pt` }}
    >
      {page.lines.map((l, i) => (l.para.role === 'separator' || l.para.role === 'blank' ? null : <Line key={i} line={l} />))}
      {/* 红色分隔线在发文字号下约 4 mm（7.2.7）。 */}
      {separator && rule(separator.row + 0.22, 1.5, 'sep', true)}
      {banjiRules(page)}
      {page.number !== null && (
        <footer
          className="page-number"
          style={{ top: `${NUMBER_TOP}pt`, ...(odd ? { right: `${pt(PAGE.rightTw) + side}pt` } : { left: `${LEFT + side}pt` }) }}
        >
          {PAGE_NUMBER.dash} {page.number} {PAGE_NUMBER.dash}
        </footer>
      )}
    </article>
  )
}
