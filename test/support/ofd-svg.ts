// 测试用的 OFD 页面绘制：把读回的一页（test/support/ofd-reader.ts）画成 SVG，单位 mm、原点左上角，与 OFD 的坐标系相同。
// 只用 OFD 里的东西：字的位置（TextCode 的 X、Y 与 DeltaX）、字体名、字号、颜色、HScale，路径对象的框、线宽与颜色。
import { escapeAttr, escapeText } from '../../core/export/escape'
import type { ReadPage } from './ofd-reader'

const n = (x: number) => String(Number(x.toFixed(3)))

export function pageSvg(page: ReadPage, box: number[]): string {
  const [, , w, h] = box
  const texts = page.runs.map((r) => {
    const family = [r.fontName, r.familyName]
      .filter(Boolean)
      .map((f) => `'${f}'`)
      .join(',')
    // HScale：字形横向压缩，字的位置不变（位置已由 DeltaX 给出）。
    const scale = r.hScale !== 1 ? ` transform="translate(${n(r.xs[0]!)} 0) scale(${r.hScale} 1) translate(${n(-r.xs[0]!)} 0)"` : ''
    const xs = r.hScale !== 1 ? r.xs.map((x) => r.xs[0]! + (x - r.xs[0]!) / r.hScale) : r.xs
    return `<text class="t" x="${xs.map(n).join(' ')}" y="${n(r.y)}" font-family="${escapeAttr(family)}" font-size="${n(r.sizeMm)}" fill="rgb(${r.color.split(' ').join(',')})"${r.bold ? ' font-weight="bold"' : ''}${scale}>${escapeText(r.text)}</text>`
  })
  const paths = page.paths.map((p) => {
    const d = p.data.replace(
      /[ML] ([\d.-]+) ([\d.-]+)/g,
      (m, x: string, y: string) => `${m[0]} ${n(p.box[0]! + Number(x))} ${n(p.box[1]! + Number(y))}`,
    )
    return `<path d="${d}" stroke="rgb(${p.color.split(' ').join(',')})" stroke-width="${n(p.lineWidth)}" fill="none"/>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="${box.join(' ')}" style="background:#fff;display:block;white-space:pre">${paths.join('')}${texts.join('')}</svg>`
}
