// .docx 的部件（压缩之前）：取自 docx 的编译器（不在公开 API 里），与 Packer 压好的整包解开后逐字节相同；编译器不在时退回解开整包。
import { Packer } from 'docx'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildDocument } from '../../core/export/docx/build-document'
import { docxCompiler, docxParts, zipDocxParts } from '../../core/export/docx/docx-parts'
import { exportDocx, exportDocxParts } from '../../core/export/docx/index'
import type { DocxOptions } from '../../core/export/options'
import { sampleNotice } from '../support/sample-notice'

const fontTable = { path: 'word/fontTable.xml', data: '<?xml version="1.0" encoding="UTF-8"?><w:fonts/>' }
const SIGN_OFF: DocxOptions = { redhead: { docNumber: '青委〔2024〕5号' }, banji: { cc: ['县纪委监委'] } }

/** Packer 的整包解开后的部件，按包里的顺序。 */
async function packed(options: DocxOptions): Promise<[string, Uint8Array][]> {
  return Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(buildDocument(sampleNotice(), options), false, [fontTable]))))
}

describe('docx 的部件', () => {
  // 核心属性里有导出的时刻：两次编译要在同一时刻，部件才逐字节相同。
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('docx 的编译器在（升级 docx 后不在了，导出仍对，只是命令行慢约 50 ms）', () => {
    expect(docxCompiler()).toBeDefined()
  })

  it.each([
    ['普通导出', {}],
    ['签发稿（版头、版记）', SIGN_OFF],
  ])('%s：与 Packer 压进包里的逐字节相同，顺序也相同', async (_, options: DocxOptions) => {
    const parts = await docxParts(buildDocument(sampleNotice(), options), [fontTable])
    const expected = await packed(options)
    expect([...parts.keys()]).toEqual(expected.map(([path]) => path))
    for (const [path, data] of expected) expect(parts.get(path), path).toEqual(data)
    expect(new TextDecoder().decode(parts.get('word/fontTable.xml'))).toBe(fontTable.data)
  })

  it('编译器不在时退回解开整包，部件相同', async () => {
    const viaCompiler = await docxParts(buildDocument(sampleNotice(), SIGN_OFF), [fontTable])
    const fallback = await docxParts(buildDocument(sampleNotice(), SIGN_OFF), [fontTable], null)
    expect([...fallback.keys()]).toEqual([...viaCompiler.keys()])
    for (const [path, data] of viaCompiler) expect(fallback.get(path), path).toEqual(data)
  })

  it('exportDocx 是这些部件打的包', async () => {
    const parts = await exportDocxParts(sampleNotice(), SIGN_OFF)
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toContain('青委〔2024〕5号')
    const files = unzipSync(await exportDocx(sampleNotice(), SIGN_OFF))
    expect(Object.keys(files)).toEqual([...parts.keys()])
    for (const [path, data] of parts) expect(files[path], path).toEqual(data)
    expect(unzipSync(await zipDocxParts(parts))).toEqual(files)
  })
})
