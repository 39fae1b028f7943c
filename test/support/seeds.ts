import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** `../shared`（CI 把它放在仓库旁边）。 */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared')
export const SEEDS_DIR = join(SHARED_DIR, 'corpus/seeds')

export function seedNames(): string[] {
  if (!existsSync(SEEDS_DIR)) throw new Error(`找不到样例目录 ${SEEDS_DIR}：测试需要仓库旁的 ../shared`)
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8')
}

export function seedsExpected(): { seeds: Record<string, any> } {
  return JSON.parse(readFileSync(join(SHARED_DIR, 'corpus/seeds-expected.json'), 'utf8'))
}

/** 最大的样例（按字节）。 */
export function largestSeed(): string {
  return seedNames().sort((a, b) => seedText(b).length - seedText(a).length)[0]!
}
