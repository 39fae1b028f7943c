/**
 * 给一段换上新文字而尽量保留原有的加粗、倾斜：与原文相同的开头和结尾照旧，改动的中间一截沿用它前面那个字的格式。
 */
import type { Paragraph, TextRun } from '../model/rich-text'

type Format = Omit<TextRun, 'text'>

function formats(runs: readonly TextRun[]): Format[] {
  const out: Format[] = []
  for (const { text, ...format } of runs) for (let i = 0; i < text.length; i++) out.push(format)
  return out
}

const same = (a: Format, b: Format) => !!a.bold === !!b.bold && !!a.italic === !!b.italic

/** 原段落 → 文字为 text 的段落。 */
export function retext(paragraph: Paragraph | undefined, text: string): Paragraph {
  const runs = paragraph?.children ?? [{ text: '' }]
  const old = runs.map((r) => r.text).join('')
  if (old === text) return paragraph ?? { type: 'paragraph', children: [{ text }] }
  const fmt = formats(runs)
  let head = 0
  while (head < old.length && head < text.length && old[head] === text[head]) head++
  let tail = 0
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++
  const plain: Format = {}
  const middle = fmt[head - 1] ?? fmt[head] ?? plain
  const perChar: Format[] = [
    ...fmt.slice(0, head),
    ...Array.from({ length: text.length - head - tail }, () => middle),
    ...fmt.slice(old.length - tail),
  ]
  const children: TextRun[] = []
  for (let i = 0; i < text.length; i++) {
    const f = perChar[i] ?? plain
    const last = children[children.length - 1]
    if (last && same(last, f)) last.text += text[i]
    else children.push({ text: text[i]!, ...(f.bold ? { bold: true as const } : {}), ...(f.italic ? { italic: true as const } : {}) })
  }
  return { type: 'paragraph', children: children.length ? children : [{ text: '' }] }
}
