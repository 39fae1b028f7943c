// 分段坏掉的样例：按固定宽度折行（如从 PDF 复制）时，接回成段后结构与全文都与原样例一致；
// 换行全丢了（整篇挤成一行）时尽力分段，一个字也不丢。
import { describe, expect, it } from 'vitest'
import { modelParagraphs, textFidelity } from '../../core/import/fidelity'
import { stripMarker } from '../../core/import/markers'
import { importFromText } from '../../core/import/import-from-text'
import { summarize } from '../../core/inspect/summary'
import { seedNames, seedText } from '../support/seeds'
import { expectedChecks } from './expected-checks'
import { seedBodyParagraphs } from './seed-body'

/** 每行按 width 个字硬折。 */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const l = line.trim()
      const out: string[] = []
      for (let i = 0; i < l.length; i += width) out.push(l.slice(i, i + width))
      return out.length ? out : ['']
    })
    .join('\n')
}

describe.each([38, 29])('按每行 %i 字硬折的样例', (width) => {
  for (const seed of seedNames()) {
    it(seed, () => {
      const result = importFromText(hardWrap(seedText(seed), width))
      expect(result.findings.map((f) => f.rule)).toContain('TB101')
      expect(expectedChecks(seed, summarize(result.notice)).filter((c) => !c.ok)).toEqual([])
      const f = textFidelity(seedBodyParagraphs(seed), result.notice)
      expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
    })
  }
})

/** 各字符出现的次数（去掉空白）。 */
function charCounts(paragraphs: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const ch of paragraphs.join('').replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  return counts
}

// 没有分段时，分段和序号的位置难免与原文不同，逐句比对不再适用；这里查的是原文的每个字
// （去掉段首序号）在导入结果里都还在，且次数不少——丢了一句话就会少掉一串字。
describe('整篇挤成一行的样例：一个字也不丢', () => {
  for (const seed of seedNames()) {
    it(seed, () => {
      const oneLine = seedText(seed)
        .split('\n')
        .map((l) => l.trim())
        .join('')
      const result = importFromText(oneLine)
      const model = charCounts(modelParagraphs(result.notice))
      const source = charCounts(seedBodyParagraphs(seed).map((p) => stripMarker(p.trim())))
      const lost = [...source].filter(([ch, n]) => (model.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}×${n - (model.get(ch) ?? 0)}`)
      expect(lost).toEqual([])
    })
  }
})
