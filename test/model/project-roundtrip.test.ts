import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NoticeSchema } from '../../core/model/notice'
import { FORMAT_VERSION, parseProject, readProject, serializeProject } from '../../core/project/project-file'
import { createNotice } from '../../core/template/new-notice'
import { arbitraryNotice } from '../support/arbitrary-notice'
import { sampleNotice } from '../support/sample-notice'

const encode = (s: string) => new TextEncoder().encode(s)

describe('工程文件往返', () => {
  it('任意合法通报保存再打开后完全相同（600 例）', () => {
    fc.assert(
      fc.property(arbitraryNotice, (notice) => {
        expect(NoticeSchema.safeParse(notice).success).toBe(true)
        const first = serializeProject(notice, 'T')
        const reopened = readProject(encode(first))
        expect(reopened.notice).toEqual(notice)
        // 再存一次（带着读到的工程标识与版本）得到同样的字节：保存是确定的，不会每次“改动”文件
        expect(serializeProject(reopened.notice, 'T', 'tongbao', reopened.project)).toBe(first)
      }),
      { numRuns: 600 },
    )
  })

  it('模板新建的通报与示例通报都能往返', () => {
    for (const n of [createNotice('巡视'), createNotice('巡察'), sampleNotice()]) {
      expect(parseProject(encode(serializeProject(n)))).toEqual(n)
    }
  })

  it('文件是带 formatVersion 的 UTF-8 JSON，中文不被转义', () => {
    const text = serializeProject(sampleNotice())
    const json = JSON.parse(text)
    expect(json.format).toBe('tongbao')
    expect(json.formatVersion).toBe(FORMAT_VERSION)
    expect(text).toContain('中共青山县委')
  })
})
