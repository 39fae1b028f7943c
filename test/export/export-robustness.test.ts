// 任意文字、空白通报都能导出：不抛错，网页文字与模型文字一致，Word 的 XML 仍然合式。
import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlFragment, exportHtmlPage } from '../../core/export/html/index'
import { createNotice } from '../../core/template/new-notice'
import { sampleNotice } from '../support/sample-notice'
import { injectEverywhere } from './support/inject'
import { htmlLines, modelLines } from './support/texts'

describe('导出的健壮性', () => {
  it('新建的空白通报（只有模板）可以导出', async () => {
    for (const kind of ['巡视', '巡察'] as const) {
      const notice = createNotice(kind)
      const bytes = await exportDocx(notice, { redhead: true, banji: true })
      expect(bytes.length).toBeGreaterThan(1000)
      expect(htmlLines(exportHtmlPage(notice)).length).toBeGreaterThan(0)
    }
  })

  it('任意 Unicode 文字：网页文字等于清理后的模型文字，片段与页面一致', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const notice = injectEverywhere(sampleNotice(), text)
        const page = exportHtmlPage(notice)
        expect(htmlLines(page).slice(1)).toEqual(modelLines(notice).slice(1))
        expect(htmlLines(exportHtmlFragment(notice))).toEqual(htmlLines(page).slice(1))
      }),
      { numRuns: 150 },
    )
  })

  it('任意码点（含控制符、代理项）写进 Word 后 document.xml 仍然合式，且没有非法字符', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 30 }), async (text) => {
        const xml = strFromU8(unzipSync(await exportDocx(injectEverywhere(sampleNotice(), text)))['word/document.xml']!)
        // XML 1.0 不允许的字符。
        expect(xml).not.toMatch(
          // oxlint-disable-next-line no-control-regex -- 检查控制字符确已去掉
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        )
        // xmllint 严格检查合式（Word 打不开不合式的文件）。
        const { status, stderr } = spawnSync('xmllint', ['--noout', '-'], { input: xml })
        expect(String(stderr)).toBe('')
        expect(status).toBe(0)
      }),
      { numRuns: 40 },
    )
  })
})
