// 编码：UTF-8（含 BOM）、GB18030 都能读；个别坏字节不致整份读不了；二进制文件给中文错误。
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../core/import/decode-text'
import { importNotice } from '../../core/import/index'
import { isOpenError } from '../../core/project/errors'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'

const notice =
  '中共某县委关于巡视整改进展情况的通报\n根据省委统一部署，省委第一巡视组对某县进行了巡视。\n一、关于“某某”问题的整改情况\n已整改。\n'

describe('解码', () => {
  it('UTF-8 带 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('巡视')])
    expect(decodeText(bytes)).toEqual({ text: '巡视', replaced: 0 })
  })

  it('GB18030（“中国巡视”）', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xd1, 0xb2, 0xca, 0xd3])).text).toBe('中国巡视')
  })

  it('截断在一个字中间的 UTF-8：其余文字照读，并提示', async () => {
    const bytes = new TextEncoder().encode(notice + '下一步')
    const result = await importNotice({ name: 'a.txt', bytes: bytes.slice(0, bytes.length - 1) })
    expect(result.notice.rectification.items).toHaveLength(1)
    expect(result.findings.map((f) => f.rule)).toContain('TB102')
  })

  it('二进制文件给出中文错误', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 37) % 7)
    try {
      decodeText(bytes)
      expect.unreachable()
    } catch (e) {
      expect(isOpenError(e) && e.code).toBe('import.undecodable')
    }
  })

  it('空文件', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/空/)
  })
})

describe('按类型分派', () => {
  it('扩展名是 .html 但没有标签：按纯文本读', async () => {
    const { notice: n } = await importNotice({ name: 'saved.html', bytes: new TextEncoder().encode(notice) })
    expect(n.rectification.items[0]!.title).toBe('关于“某某”问题的整改情况')
  })

  it('旧版 .doc 与 PDF 给出中文说明', async () => {
    await expect(importNotice({ name: 'a.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) })).rejects.toMatchObject({
      code: 'import.doc-not-word97',
    })
    await expect(importNotice({ name: 'a.pdf', bytes: new TextEncoder().encode('%PDF-1.4') })).rejects.toMatchObject({
      code: 'import.pdf-damaged',
    })
  })

  it('.tongbao 工程文件原样读入', async () => {
    const notice = sampleNotice()
    const result = await importNotice({ name: 'last.tongbao', bytes: new TextEncoder().encode(serializeProject(notice)) })
    // 格式 4 起工程文件还带着工程标识与版本（新写的工程：新标识，没有版本）
    expect(result).toEqual({ notice, findings: [], project: { documentId: expect.any(String), versions: [] } })
  })

  it('过大的文件给出中文说明', async () => {
    await expect(importNotice({ name: 'huge.txt', bytes: new Uint8Array(65 * 1024 * 1024) })).rejects.toMatchObject({
      code: 'import.too-large',
    })
  })

  it('不是通报的文字', async () => {
    await expect(importNotice({ name: 'a.txt', bytes: new TextEncoder().encode('会议纪要\n今天讨论了三件事。') })).rejects.toMatchObject({
      code: 'import.not-a-notice',
    })
  })
})
