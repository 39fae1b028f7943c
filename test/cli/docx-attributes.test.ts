// 打包时换掉 docx 属性组件里逐个复制的写法（scripts/docx-attributes.mjs）：只换那一处，导出的 Word 与未换的 docx 逐字节相同。
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocxParts } from '../../core/export/docx/index'
import type { DocxOptions } from '../../core/export/options'
import { importNotice } from '../../core/import/index'
import { DOCX_ENTRY, patchDocxAttributes } from '../../scripts/docx-attributes.mjs'
import { largestSeed, SEEDS_DIR } from '../support/seeds'

const docxEntry = join(
  createRequire(import.meta.url)
    .resolve('docx')
    .replace(/index\.c?js$/, ''),
  'index.mjs',
)

describe('docx 属性组件的替换', () => {
  it('在所用版本的 docx 里恰好找到一处并换掉；源码不同（升级了 docx）时构建失败而不是悄悄不换', () => {
    expect(DOCX_ENTRY.test(docxEntry)).toBe(true)
    const source = readFileSync(docxEntry, 'utf8')
    const patched = patchDocxAttributes(source)
    expect(patched).not.toBe(source)
    expect(patched).not.toContain('_objectSpread2(_objectSpread2({}, acc)')
    expect(patched.length).toBeLessThan(source.length)
    expect(() => patchDocxAttributes('export const x = 1')).toThrow(/docx/)
  })

  it.each([
    ['普通导出', [], {}],
    [
      '签发稿（版头、版记）',
      ['--redhead', '--doc-number', '青委〔2024〕5号', '--banji', '--cc', '县纪委监委,县委巡察办'],
      { redhead: { docNumber: '青委〔2024〕5号' }, banji: { cc: ['县纪委监委', '县委巡察办'] } },
    ],
  ])('%s：打好的命令行导出的各部件与进程内（未替换的 docx）逐字节相同', async (_, args: string[], options: DocxOptions) => {
    const seed = join(SEEDS_DIR, largestSeed())
    const out = join(mkdtempSync(join(tmpdir(), 'tongbao-docx-attr-')), 'a.docx')
    const r = spawnSync(process.execPath, [resolve('bin/tongbao.cjs'), 'export', seed, '--docx', out, '--force', ...args], {
      encoding: 'utf8',
    })
    expect(r.status, r.stderr).toBe(0)
    const fromCli = unzipSync(new Uint8Array(readFileSync(out)))

    const { notice } = await importNotice({ name: seed, bytes: new Uint8Array(readFileSync(seed)) })
    // 与命令行的缺省相同：盖章、三级标题加粗。
    const parts = await exportDocxParts(notice, { sealed: true, boldLevel3: true, ...options })
    expect(Object.keys(fromCli)).toEqual([...parts.keys()])
    // 核心属性里有导出的时刻，两边不同；其余部件逐字节相同。
    for (const [path, data] of parts) if (path !== 'docProps/core.xml') expect(fromCli[path], path).toEqual(data)
    expect(new TextDecoder().decode(fromCli['word/document.xml'])).toContain(args.length ? '县委巡察办' : '</w:body>')
  })
})
