// 生成 docs/rules.md：npx tsx scripts/gen-rules-doc.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rulesMarkdown } from '../core/rules/catalogue'

const out = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules.md')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, rulesMarkdown())
console.log(`已写入 ${out}`)
