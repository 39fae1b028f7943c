// 验收：样例经独立工具（Debian 的 pandoc 与 LibreOffice）转成 .docx 和 .html 后再导入，
// 结构与人工读法一致、文本逐句保真——不只是 Tongbao 自己导出的文件才读得对。
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { textFidelity } from '../../core/import/fidelity'
import { summarize } from '../../core/inspect/summary'
import { SEEDS_DIR, seedNames, seedText } from '../support/seeds'
import { expectedChecks, score } from './expected-checks'
import { seedBodyParagraphs } from './seed-body'

const work = mkdtempSync(join(tmpdir(), 'tongbao-converted-'))
const FONTCONFIG_FILE = resolve('test/.fontconfig/fonts.conf')

function requireTool(cmd: string, args: string[], pkg: string): void {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' })
  } catch {
    throw new Error(`缺少 ${cmd}：这项测试要用 Debian 的 ${pkg} 转换样例。请先运行 scripts/install-test-deps.sh。`)
  }
}

/** 逐段转义成 Markdown 正文，使 pandoc 不把“1. 关于”读成列表、不改引号：样例文字原样进入转换结果。 */
function markdownOf(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.replace(/[\\`*_{}[\]()#+\-.!<>|~^$&"'@:;,=?%]/g, '\\$&'))
    .join('\n\n')
}

function convertAll(): void {
  requireTool('pandoc', ['--version'], 'pandoc')
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui')
  for (const dir of ['pandoc', 'soffice', 'txt']) mkdirSync(join(work, dir), { recursive: true })
  const txts: string[] = []
  for (const seed of seedNames()) {
    const base = seed.replace(/\.txt$/, '')
    const md = join(work, 'pandoc', `${base}.md`)
    writeFileSync(md, markdownOf(seedText(seed)))
    execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '-o', join(work, 'pandoc', `${base}.docx`), md])
    execFileSync('pandoc', [
      '-f',
      'markdown-smart',
      '-t',
      'html',
      '-s',
      '--metadata',
      'pagetitle=seed',
      '-o',
      join(work, 'pandoc', `${base}.html`),
      md,
    ])
    const txt = join(work, 'txt', seed)
    copyFileSync(join(SEEDS_DIR, seed), txt)
    txts.push(txt)
  }
  const env = { ...process.env, FONTCONFIG_FILE }
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`
  for (const target of ['docx:MS Word 2007 XML', 'html:HTML (StarWriter)']) {
    execFileSync(
      'soffice',
      ['--headless', profile, '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', target, '--outdir', join(work, 'soffice'), ...txts],
      {
        env,
        stdio: 'ignore',
        timeout: 120_000,
      },
    )
  }
}

beforeAll(convertAll, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe.each([
  ['pandoc', 'docx'],
  ['pandoc', 'html'],
  ['soffice', 'docx'],
  ['soffice', 'html'],
])('%s 转成的 .%s', (tool, ext) => {
  for (const seed of seedNames()) {
    it(seed, async () => {
      const file = join(work, tool, seed.replace(/\.txt$/, `.${ext}`))
      expect(existsSync(file), `${tool} 没有生成 ${file}`).toBe(true)
      const { notice } = await importNotice({ name: file, bytes: readFileSync(file) })
      const checks = expectedChecks(seed, summarize(notice))
      const f = textFidelity(seedBodyParagraphs(seed), notice)
      console.log(`${tool} .${ext} ${seed}：结构 ${(score(checks) * 100).toFixed(1)}%，文本保真 ${(f.score * 100).toFixed(2)}%`)
      expect(checks.filter((c) => !c.ok)).toEqual([])
      expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
    })
  }
})
