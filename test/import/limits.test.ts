// 上限的检查本身：XML 嵌套的流式计数、有上限的解压与 fflate 解出的内容一致、工程文件的嵌套与条目个数。
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { boundedUnzip } from '../../core/import/bounded-unzip'
import { checkItemCount, checkJsonDepth, XmlDepthScanner } from '../../core/import/limits'
import { exportDocx } from '../../core/export/docx'
import { sampleNotice } from '../support/sample-notice'

/** 按 size 字节一块喂给扫描器；超出上限时返回错误代码。 */
function scan(xml: string, limit: number, size = 7): string | null {
  const s = new XmlDepthScanner('测试', limit)
  const bytes = strToU8(xml)
  try {
    for (let i = 0; i < bytes.length; i += size) s.push(bytes.subarray(i, i + size))
    return null
  } catch (e) {
    return (e as { code: string }).code
  }
}

describe('XmlDepthScanner', () => {
  const nested = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n)
  it('恰好到上限不拦，多一层就拦', () => {
    expect(scan(nested(3), 3)).toBeNull()
    expect(scan(nested(4), 3)).toBe('limit.nesting-too-deep')
  })
  it('自闭合元素、声明、注释、CDATA 与属性里的“>”都不算一层', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><!-- <a><a><a> --><r a="1>2" b='/>'><b/><b /><![CDATA[<a><a><a>]]></r>`
    expect(scan(xml, 1)).toBeNull()
    expect(scan(xml, 1, 1)).toBeNull()
  })
  it('同级的元素再多也不累加', () => {
    expect(scan(`<r>${'<p>x</p>'.repeat(10_000)}</r>`, 2)).toBeNull()
  })
})

describe('boundedUnzip', () => {
  it('解出的内容与 fflate 的 unzipSync 逐字节相同（Tongbao 自己导出的 .docx）', async () => {
    const bytes = await exportDocx(sampleNotice())
    const expected = unzipSync(bytes)
    const got = boundedUnzip(bytes, () => true)
    expect([...got.keys()].sort()).toEqual(Object.keys(expected).sort())
    for (const [name, data] of got) expect(Buffer.from(data).equals(Buffer.from(expected[name]!))).toBe(true)
  })
  it('只留下选中的部件；未压缩（stored）的部件也读', () => {
    const bytes = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }], 'b.bin': strToU8('b'.repeat(1000)) })
    const got = boundedUnzip(bytes, (n) => n === 'a.xml')
    expect([...got.keys()]).toEqual(['a.xml'])
    expect(new TextDecoder().decode(got.get('a.xml'))).toBe('<a/>')
  })
  it('不是 zip、被截断的 zip：Word 文件已损坏（import.docx-damaged），不是别的异常', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a/>'.repeat(1000)) })
    for (const broken of [strToU8('PK\x03\x04 not a zip'), bytes.subarray(0, bytes.length - 30), bytes.subarray(0, 40)]) {
      expect(() => boundedUnzip(broken, () => true)).toThrow(expect.objectContaining({ code: 'import.docx-damaged' }))
    }
  })
})

describe('工程文件的嵌套与条目个数', () => {
  it('字符串里的括号不算嵌套', () => {
    expect(() => checkJsonDepth(JSON.stringify({ a: '[[[[{{{{'.repeat(100) }), 3)).not.toThrow()
    expect(() => checkJsonDepth('[[[[]]]]', 3)).toThrow(expect.objectContaining({ code: 'limit.nesting-too-deep' }))
  })
  it('条目个数数到各部分的 children，形状不对也不出错', () => {
    const item = (children: unknown[] = []) => ({ children })
    const notice = { rectification: { items: [item([item(), item()]), item()] }, nextSteps: { items: [item()] }, organization: null }
    expect(() => checkItemCount(notice, 5)).not.toThrow()
    expect(() => checkItemCount(notice, 4)).toThrow(expect.objectContaining({ code: 'limit.too-many-items' }))
    expect(() => checkItemCount('不是对象', 1)).not.toThrow()
  })
})
