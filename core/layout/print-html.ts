// 版式 → 可打印的 HTML（A4，每页一张）：PDF 导出用无头 Chromium 打印它。与页面预览同一套几何（core/layout 的格与边距），
// 字体名用公文字体与替代字体的回退链，打印时 Chromium 嵌入实际用到的字体，文字可选可搜。
import { escapeText } from '../export/escape'
import { BANJI, FONT_SIZE_PT, GRID, PAGE, REDHEAD, TWIPS_PER_PT } from '../spec/gbt9704'
import type { FontRole } from '../spec/font-profiles'
import type { LayoutLine, LayoutPage, NoticeLayout } from './layout-notice'
import { spacedPieces } from './line-glyphs'
import { run, type Run } from './paragraphs'
import { type PageRule, pageNumberPlace, pageNumberText, pageRules } from './page-marks'

const pt = (tw: number) => tw / TWIPS_PER_PT
const PITCH = pt(GRID.linePitchTw)
const TOP = pt(PAGE.topTw)
const LEFT = pt(PAGE.leftTw)
const WIDTH = pt(PAGE.textWidthTw)
const n2 = (x: number) => Number(x.toFixed(2))

/** 公文字体在前，测试与无公文字体机器上的替代字体在后（test/.fontconfig 的别名同此）。 */
const FAMILY: Record<FontRole, string> = {
  fangsong: '"仿宋_GB2312","仿宋","FangSong","Noto Serif CJK SC",serif',
  songti: '"宋体","SimSun","Noto Serif CJK SC",serif',
  xiaobiaosong: '"方正小标宋简体","方正小标宋_GBK","Noto Serif CJK SC",serif',
  heiti: '"黑体","SimHei","Noto Sans CJK SC",sans-serif',
  kaiti: '"楷体_GB2312","楷体","KaiTi","AR PL UKai CN",serif',
}

/** 一截文字的字体、字号、字距与颜色（CSS）。 */
function runStyle(r: Run, scale: number): string {
  return `font-family:${FAMILY[r.font]};font-size:${r.sizePt}pt;letter-spacing:${n2(r.spacingPt)}pt${r.bold ? ';font-weight:bold' : ''}${r.red ? `;color:#${REDHEAD.color}` : ''}${scale < 1 ? `;display:inline-block;transform:scaleX(${scale})` : ''}`
}

/** 若干截文字的 HTML：字间隔照版式（spacedPieces：中西文间距等写成 margin-left）。 */
function runsHtml(runs: readonly Run[], scale = 1): string {
  return spacedPieces(runs, scale)
    .map(
      (p) =>
        `<span style='${runStyle(runs[p.run]!, scale)}${p.marginPt ? `;margin-left:${n2(p.marginPt)}pt` : ''}'>${escapeText(p.text)}</span>`,
    )
    .join('')
}

function lineHtml(l: LayoutLine): string {
  const p = l.para
  const justify = p.align === 'justify' && !l.last
  const align = justify ? 'justify;text-align-last:justify' : p.align === 'justify' ? 'left' : p.align
  const box = `top:${n2(TOP + l.row * PITCH)}pt;left:${n2(LEFT + l.leftPt)}pt;width:${n2(WIDTH - l.leftPt - l.rightPt)}pt;height:${n2(l.rows * PITCH)}pt;line-height:${n2(l.rows * PITCH)}pt;text-align:${align}`
  const tail = p.tail && l.last ? `<span style='float:right'>${runsHtml([run(p.tail, 'fangsong', FONT_SIZE_PT[BANJI.size])])}</span>` : ''
  const right = p.rightRuns && l.last ? `<span style='float:right'>${runsHtml(p.rightRuns)}</span>` : ''
  return `<div class="l" style="${box}">${tail}${right}${runsHtml(l.runs, p.scale)}</div>`
}

const rule = (r: PageRule) => `<div class="r" style="top:${n2(TOP + r.row * PITCH)}pt;border-top:${r.widthPt}pt solid #${r.color}"></div>`

function pageHtml(page: LayoutPage): string {
  const parts = page.lines.filter((l) => l.para.role !== 'blank' && l.para.role !== 'separator').map(lineHtml)
  parts.push(...pageRules(page).map(rule))
  if (page.number !== null) {
    const at = pageNumberPlace(page.number)
    parts.push(`<div class="n" style="top:${n2(at.topPt)}pt;${at.side}:${n2(at.insetPt)}pt">${pageNumberText(page.number)}</div>`)
  }
  return `<section class="p">${parts.join('')}</section>`
}

/** 整份通报的打印页（A4、无页边距：位置都已按版心算好）。 */
export function printHtml(layout: NoticeLayout, title: string): string {
  const css =
    `@page{size:A4;margin:0}*{margin:0;padding:0}body{background:#fff;color:#000;text-spacing-trim:space-all}` +
    `.p{position:relative;width:${n2(pt(PAGE.widthTw))}pt;height:${n2(pt(PAGE.heightTw))}pt;overflow:hidden;page-break-after:always;break-after:page}` +
    `.p:last-child{page-break-after:auto;break-after:auto}.l{position:absolute;white-space:pre}` +
    `.r{position:absolute;left:${n2(LEFT)}pt;width:${n2(WIDTH)}pt;height:0}.n{position:absolute;font-family:${FAMILY.songti};font-size:14pt;white-space:pre}`
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeText(title)}</title><style>${css}</style></head><body>${layout.pages.map(pageHtml).join('')}</body></html>`
}
