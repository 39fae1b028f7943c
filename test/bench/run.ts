// npm run bench：依次运行 test/bench/*.bench.ts，每个模块导出 `run(): Promise<BenchRow[]>`。
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BenchRow, formatRow } from './harness'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort()
for (const f of files) {
  const mod = (await import(join(here, f))) as { run(): Promise<BenchRow[]> }
  console.log(`\n# ${f}`)
  for (const row of await mod.run()) console.log(formatRow(row))
}
