// npm run bench：依次运行 test/bench/*.bench.ts，每个模块导出 `run(options): Promise<BenchRow[]>`。
// npm run bench -- --quick：只跑导出 `inQuick = true` 的模块（命令行、编辑器），轮数减少；npm run bench -- cli：只跑文件名含 cli 的模块。
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BenchOptions, type BenchRow, formatRow } from './harness'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const options: BenchOptions = { quick: args.includes('--quick') }
const only = args.find((a) => !a.startsWith('--'))
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort()
for (const f of files) {
  const mod = (await import(join(here, f))) as { run(options: BenchOptions): Promise<BenchRow[]>; inQuick?: boolean }
  if (options.quick && !mod.inQuick) continue
  console.log(`\n# ${f}`)
  for (const row of await mod.run(options)) console.log(formatRow(row))
}
