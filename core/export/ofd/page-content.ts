// 一页的 Content.xml（GB/T 33190-2016 7.7 页对象 表 16，11.2 文字对象，9.1 图形对象）：每行每截文字一个 TextObject，
// TextCode 给出首字的基线起点与其后每个字的间隔（DeltaX），字落在版式排定的位置；分隔线与页码同页画出。
import type { LayoutLine, LayoutPage } from '../../layout/layout-notice'
import { type PageRule, pageRules } from '../../layout/page-marks'
import type { FontRole } from '../../spec/font-profiles'
import { BANJI, FONT_SIZE_PT, REDHEAD } from '../../spec/gbt9704'
import { pageNumberRun, type PlacedRun, placedRuns, tailRun } from './geometry'
import { rgb } from './resources'
import { LINE_PITCH_MM, ptToMm, TYPE_AREA } from './units'
import { el, mm, part } from './xml'

/** 页内对象的编号来源：整个文档的 ID 不重复（ST_ID），文档最后记下最大的一个（MaxUnitID）。 */
export interface IdSource {
  next(): number
}

/** 分隔线所用的绘制参数（DocumentRes 中的 DrawParam）：每种线一个编号。 */
export type RuleParams = Record<PageRule['kind'], number>

function textObject(
  ids: IdSource,
  fontId: number,
  sizePt: number,
  placed: PlacedRun,
  extra: { bold?: boolean; italic?: boolean; red?: boolean; hScale?: number },
): string {
  const first = placed.xs[0]!
  const last = placed.xs[placed.xs.length - 1]!
  const sizeMm = ptToMm(sizePt)
  // 对象框包住这截文字（宽到最后一字之后一个字号），TextCode 的坐标相对于框的左上角（11.3 文字定位）。
  const box = { x: first, y: placed.baseline - sizeMm * 1.2, w: last - first + sizeMm, h: sizeMm * 1.6 }
  // 间隔由取整后的位置相减：逐字累加时不积累舍入误差。
  const at = placed.xs.map((x) => Number(mm(x - first)))
  const deltas = at.slice(1).map((x, i) => mm(x - at[i]!))
  return el(
    'TextObject',
    {
      ID: ids.next(),
      Boundary: [box.x, box.y, box.w, box.h].map(mm).join(' '),
      Font: fontId,
      Size: mm(sizeMm),
      Weight: extra.bold ? 700 : undefined,
      Italic: extra.italic ? true : undefined,
      HScale: extra.hScale !== undefined && extra.hScale !== 1 ? extra.hScale : undefined,
    },
    [
      ...(extra.red ? [el('FillColor', { Value: rgb(REDHEAD.color) })] : []),
      el(
        'TextCode',
        { X: mm(first - box.x), Y: mm(placed.baseline - box.y), DeltaX: deltas.length ? deltas.join(' ') : undefined },
        { text: placed.chars.join('') },
      ),
    ],
  )
}

function lineObjects(line: LayoutLine, ids: IdSource, fontOf: (role: FontRole) => number): string[] {
  const out = placedRuns(line).map((placed) => {
    const r = line.runs[placed.run]!
    return textObject(ids, fontOf(r.font), r.sizePt, placed, { bold: r.bold, italic: r.italic, red: r.red, hScale: line.para.scale })
  })
  if (line.para.tail && line.last) {
    const size = FONT_SIZE_PT[BANJI.size]
    out.push(textObject(ids, fontOf('fangsong'), size, tailRun(line, line.para.tail, size), {}))
  }
  return out
}

function ruleObject(ids: IdSource, { row, widthPt, color }: PageRule, param: number): string {
  const w = ptToMm(widthPt)
  // 线的上边缘在格线上：路径画在线宽的中间。
  const y = TYPE_AREA.topMm + row * LINE_PITCH_MM + w / 2
  return el(
    'PathObject',
    { ID: ids.next(), Boundary: [TYPE_AREA.leftMm, y - w / 2, TYPE_AREA.widthMm, w].map(mm).join(' '), LineWidth: mm(w), DrawParam: param },
    [
      el('StrokeColor', { Value: rgb(color) }),
      el('AbbreviatedData', {}, { text: `M 0 ${mm(w / 2)} L ${mm(TYPE_AREA.widthMm)} ${mm(w / 2)}` }),
    ],
  )
}

/** 一页的 Content.xml：文字、分隔线与页码（空白页与版记页不编页码时没有）。 */
export function pageContentXml(page: LayoutPage, ids: IdSource, fontOf: (role: FontRole) => number, params: RuleParams): string {
  const layerId = ids.next()
  const objects = page.lines.filter((l) => l.runs.some((r) => r.text.trim() !== '')).flatMap((l) => lineObjects(l, ids, fontOf))
  for (const r of pageRules(page)) objects.push(ruleObject(ids, r, params[r.kind]))
  if (page.number !== null) {
    const placed = pageNumberRun(page.number)
    objects.push(textObject(ids, fontOf('songti'), placed.sizePt, placed, {}))
  }
  return part('Page', {}, [el('Content', {}, [el('Layer', { ID: layerId, Type: 'Body' }, objects)])])
}
