// 编码：Windows 记事本存的 GB18030（GBK）文本、带 CRLF 换行，导入结果与 UTF-8 版相同。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { sectionOutline } from './support/outline'

const dir = import.meta.dirname

describe('GB18030 编码的通报', () => {
  it('与 UTF-8 版导入结果相同', async () => {
    const gb = readFileSync(join(dir, 'encoded/unheaded-runin.gb18030.txt'))
    const utf8 = readFileSync(join(dir, 'fixtures/unheaded-runin.txt'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow()
    const a = await importNotice({ name: 'gb.txt', bytes: gb })
    const b = await importNotice({ name: 'utf8.txt', bytes: utf8 })
    expect(sectionOutline(a.notice.rectification)).toEqual(sectionOutline(b.notice.rectification))
    expect(a.notice.title.override).toBe(b.notice.title.override)
    expect(a.notice.contact).toEqual(b.notice.contact)
    expect(a.findings).toEqual(b.findings)
  })

  it('GB2312 编码的网页', async () => {
    const bytes = readFileSync(join(dir, 'encoded/unheaded-runin.gb2312.html'))
    const { notice } = await importNotice({ name: 'page.html', bytes })
    const { notice: expected } = await importNotice({ name: 'utf8.txt', bytes: readFileSync(join(dir, 'fixtures/unheaded-runin.txt')) })
    expect(sectionOutline(notice.rectification)).toEqual(sectionOutline(expected.rectification))
  })
})
