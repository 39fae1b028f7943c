// 残缺日期只报一次：导入器与校验规则 TB018 共用一个识别器（findGarbledDates），规则报告的文字导入器不报，
// `tongbao validate <样例> --json` 里每一串丢了“年月日”的数字恰好出现在一条发现中。
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dateReadings } from '../../core/import/damaged-dates'
import { runCli } from '../../electron/cli/main'
import { SEEDS_DIR, seedNames, seedText } from '../support/seeds'

/** 原文中像残缺日期的数字串：19xx/20xx 开头、共 6–10 位、前后不是数字，且至少有一种日期读法。 */
function garbledRuns(text: string): string[] {
  const runs = [...text.matchAll(/(?<![\d\w.@-])(?:19|20)\d{4,8}(?![\d\w@])/g)].map((m) => m[0])
  return [...new Set(runs)].filter((r) => dateReadings(r, { allowRange: true }).length > 0)
}

async function validateJson(file: string): Promise<{ rule: string; message: string; path: string }[]> {
  const out: string[] = []
  await runCli(['validate', file, '--json'], { out: (t) => out.push(t), err: () => {} })
  return JSON.parse(out.join('\n')).findings
}

async function counts(name: string): Promise<{ run: string; count: number; rules: string[] }[]> {
  const findings = await validateJson(join(SEEDS_DIR, name))
  return garbledRuns(seedText(name)).map((run) => {
    const mentioning = findings.filter((f) => f.message.includes(`“${run}`))
    return { run, count: mentioning.length, rules: mentioning.map((f) => f.rule) }
  })
}

describe.each(seedNames())('样例 %s', (name) => {
  it('没有一个残缺日期在 validate --json 中报了两次', async () => {
    for (const c of await counts(name)) expect(c.count, `${c.run}：${c.rules.join('、')}`).toBeLessThanOrEqual(1)
  })
})

it('样例 000：导语里的两处与落款日期，每处恰好一条发现', async () => {
  const result = await counts(seedNames().find((n) => n.startsWith('000_'))!)
  expect(result.length).toBeGreaterThanOrEqual(3)
  for (const c of result) expect(c.count, `${c.run}：${c.rules.join('、')}`).toBe(1)
})

it('样例 000：import --json 的导入提示里不再有 TB018 会报的导语日期', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-dates-'))
  try {
    const out: string[] = []
    const name = seedNames().find((n) => n.startsWith('000_'))!
    await runCli(['import', join(SEEDS_DIR, name), '-o', join(dir, 'a.tongbao'), '--json'], { out: (t) => out.push(t), err: () => {} })
    const findings: { rule: string; message: string; location: { path: (string | number)[] } }[] = JSON.parse(out.join('\n')).findings
    const dates = findings.filter((f) => ['TB103', 'TB104'].includes(f.rule))
    expect(dates.every((f) => f.location.path[0] !== 'lead')).toBe(true)
    // 落款日期只存为日期值，规则看不到，仍由导入器说明
    expect(dates.some((f) => f.location.path[0] === 'signature')).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
