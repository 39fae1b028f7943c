/**
 * 生成程序图标：一张带红头的公文纸，右下角一枚金色对勾徽章（“整改完成”）。
 * 图形只在这里定义一次，同时写出 icon.svg 与各尺寸的 PNG、Windows 的 ICO，不依赖任何绘图程序：
 * 用有符号距离做 4×4 超采样抗锯齿，PNG 由 zlib 压缩，ICO 内嵌 PNG（Windows Vista 起支持）。
 * 运行：npx tsx build/make-icons.ts（生成的文件已提交，改图形后重跑）。
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

type Rgba = [number, number, number, number]
type Shape =
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number; r: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'stroke'; points: [number, number][]; width: number; fill: string }

/** 画布 256×256 单位。 */
const VIEW = 256
const RED = '#b3202a'
const PAPER = '#ffffff'
const TEXT = '#c9ccd1'
const GOLD = '#f2b705'

const SHAPES: Shape[] = [
  { kind: 'rect', x0: 8, y0: 8, x1: 248, y1: 248, r: 52, fill: RED },
  { kind: 'rect', x0: 56, y0: 30, x1: 200, y1: 226, r: 10, fill: PAPER },
  // 红头：发文机关标志与其下的红色分隔线。
  { kind: 'rect', x0: 78, y0: 52, x1: 178, y1: 74, r: 4, fill: RED },
  { kind: 'rect', x0: 72, y0: 86, x1: 184, y1: 91, r: 2, fill: RED },
  { kind: 'rect', x0: 78, y0: 106, x1: 178, y1: 116, r: 5, fill: TEXT },
  { kind: 'rect', x0: 78, y0: 128, x1: 178, y1: 138, r: 5, fill: TEXT },
  { kind: 'rect', x0: 78, y0: 150, x1: 150, y1: 160, r: 5, fill: TEXT },
  { kind: 'circle', cx: 190, cy: 190, r: 46, fill: GOLD },
  { kind: 'stroke', points: [[168, 190], [184, 206], [212, 174]], width: 13, fill: PAPER },
]

function rgba(hex: string): Rgba {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255]
}

function segmentDistance(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect': {
      // 圆角矩形的有符号距离。
      const cx = (shape.x0 + shape.x1) / 2
      const cy = (shape.y0 + shape.y1) / 2
      const qx = Math.abs(x - cx) - (shape.x1 - shape.x0) / 2 + shape.r
      const qy = Math.abs(y - cy) - (shape.y1 - shape.y0) / 2 + shape.r
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - shape.r <= 0
    }
    case 'circle':
      return Math.hypot(x - shape.cx, y - shape.cy) <= shape.r
    case 'stroke':
      return shape.points.slice(1).some((p, i) => segmentDistance(x, y, shape.points[i]!, p) <= shape.width / 2)
  }
}

/** 把图形画成 size×size 的 RGBA 像素（非预乘），每像素 4×4 个采样点。 */
export function rasterize(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4)
  const colors = SHAPES.map((s) => rgba(s.fill))
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) * VIEW) / size
          const y = ((py + (sy + 0.5) / n) * VIEW) / size
          for (let i = SHAPES.length - 1; i >= 0; i--) {
            if (inside(SHAPES[i]!, x, y)) {
              const c = colors[i]!
              r += c[0]
              g += c[1]
              b += c[2]
              a += 255
              break
            }
          }
        }
      }
      const samples = n * n
      const covered = a / 255
      const o = (py * size + px) * 4
      if (covered > 0) {
        out[o] = Math.round(r / covered)
        out[o + 1] = Math.round(g / covered)
        out[o + 2] = Math.round(b / covered)
      }
      out[o + 3] = Math.round(a / samples)
    }
  }
  return out
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // 每通道 8 位
  ihdr[9] = 6 // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) Buffer.from(pixels.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))])
}

export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2) // 类型：图标
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + images.length * 16
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16)
    e[0] = size >= 256 ? 0 : size // 0 表示 256
    e[1] = size >= 256 ? 0 : size
    e.writeUInt16LE(1, 4) // 色彩平面
    e.writeUInt16LE(32, 6) // 每像素位数
    e.writeUInt32LE(png.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += png.length
    return e
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
}

export function svg(): string {
  const body = SHAPES.map((s) => {
    switch (s.kind) {
      case 'rect':
        return `  <rect x="${s.x0}" y="${s.y0}" width="${s.x1 - s.x0}" height="${s.y1 - s.y0}" rx="${s.r}" fill="${s.fill}"/>`
      case 'circle':
        return `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`
      case 'stroke':
        return `  <polyline points="${s.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${s.fill}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`
    }
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" width="${VIEW}" height="${VIEW}">\n  <title>整改通报编辑器</title>\n${body.join('\n')}\n</svg>\n`
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = import.meta.dirname
  writeFileSync(join(dir, 'icon.svg'), svg())
  const pngs = new Map<number, Buffer>()
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    const png = encodePng(size, rasterize(size))
    pngs.set(size, png)
    writeFileSync(join(dir, 'icons', `${size}x${size}.png`), png)
  }
  writeFileSync(join(dir, 'icon.png'), pngs.get(512)!)
  writeFileSync(join(dir, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size)! }))))
  console.log('icons written to', dir)
}
