// 验收：五份样例经 `tongbao inspect --json` 读出的结构与人工读法一致，文本逐句保真。
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { importFromText } from '../../core/import/import-from-text'
import { textFidelity } from '../../core/import/fidelity'
import type { NoticeSummary } from '../../core/inspect/summary'
import { runCli } from '../../electron/cli/main'
import { SEEDS_DIR, seedNames, seedsExpected, seedText } from '../support/seeds'
import { expectedChecks, score } from './expected-checks'
import { seedBodyParagraphs } from './seed-body'

async function inspectJson(path: string): Promise<NoticeSummary> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['inspect', path, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) })
  expect(err.join('\n')).toBe('')
  expect(code).toBe(0)
  return JSON.parse(out.join('\n'))
}

describe('样例通报经 tongbao inspect --json 的结构与人工读法一致', () => {
  for (const seed of seedNames()) {
    it(seed, async () => {
      const checks = expectedChecks(seed, await inspectJson(join(SEEDS_DIR, seed)))
      console.log(`${seed} 结构得分 ${(score(checks) * 100).toFixed(1)}%（${checks.filter((c) => c.ok).length}/${checks.length}）`)
      expect(checks.filter((c) => !c.ok)).toEqual([])
    })
  }
})

describe('文本保真：导入结果逐句等于样例正文（去掉网页杂项、规整空白）', () => {
  for (const seed of seedNames()) {
    it(seed, () => {
      const { notice } = importFromText(seedText(seed))
      const f = textFidelity(seedBodyParagraphs(seed), notice)
      console.log(`${seed} 文本保真 ${(f.score * 100).toFixed(2)}%（原文 ${f.sourceSentences} 句，导入 ${f.modelSentences} 句）`)
      expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
    })
  }
})

describe('网页上的发布日期与来源作为元数据保留', () => {
  for (const seed of seedNames()) {
    const pageDate = seedsExpected().seeds[seed]?.page_date ?? null
    it(`${seed}：发布日期 ${pageDate ?? '（无）'}`, () => {
      expect(importFromText(seedText(seed)).notice.meta.publication.date).toBe(pageDate)
    })
  }
})
