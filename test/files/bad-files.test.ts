import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { TongbaoError } from '../../core/messages/tongbao-error'
import type { OpenError } from '../../core/project/errors'
import { FORMAT_VERSION, serializeProject } from '../../core/project/project-file'
import { openProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'
import { pseudoRandomBytes } from '../support/pseudo-random-bytes'

const dir = mkdtempSync(join(tmpdir(), 'tongbao-bad-'))
const good = serializeProject(sampleNotice())

const withVersion = (v: unknown) => good.replace(`"formatVersion": ${FORMAT_VERSION}`, `"formatVersion": ${JSON.stringify(v)}`)

/** 十种坏文件：[说明, 内容, 预期错误码, 提示中应出现的词] */
const CASES: [string, Uint8Array | string, OpenError['code'], RegExp][] = [
  ['空文件', '', 'open.empty', /空/],
  ['截断的 JSON', good.slice(0, Math.floor(good.length / 2)), 'open.not-json', /损坏|不完整/],
  ['二进制垃圾', pseudoRandomBytes(4096, 7), 'open.binary', /二进制|UTF-8/],
  ['更新版本的格式', withVersion(99), 'open.newer-version', /更新版本|升级/],
  ['无法识别的版本', withVersion(0), 'open.unknown-version', /无法识别/],
  [
    '改了扩展名的 .docx',
    zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
    }),
    'open.office-file',
    /Word|压缩包/,
  ],
  ['别的程序的 JSON', '{"name":"package","version":"1.0.0"}', 'open.not-tongbao', /不是整改通报工程文件/],
  ['内容缺字段', good.replace(/"signature": \{[^}]*\}/, '"signature": 3'), 'open.invalid-content', /不完整|损坏/],
  ['GBK 编码的文本', new Uint8Array([0xd5, 0xfb, 0xb8, 0xc4, 0xcd, 0xa8, 0xb1, 0xa8]), 'open.not-utf8', /UTF-8/],
  ['10 MB 随机字节', pseudoRandomBytes(10 * 1024 * 1024, 3), 'open.binary', /二进制/],
  ['60 MB 的大文件', new Uint8Array(60 * 1024 * 1024).fill(0x20), 'open.too-large', /过大/],
]

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('打开坏文件', () => {
  it.each(CASES)('%s：给出中文错误，文件字节不变', async (_label, content, code, words) => {
    const path = join(dir, `${code}-${Math.random().toString(36).slice(2)}.tongbao`)
    writeFileSync(path, content)
    const before = sha(readFileSync(path))
    const err = await openProject(path).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(TongbaoError)
    expect((err as OpenError).code).toBe(code)
    expect((err as OpenError).message).toMatch(words)
    expect((err as OpenError).message).toMatch(/[\u4e00-\u9fff]/)
    expect(sha(readFileSync(path))).toBe(before)
  })

  it('找不到的文件给出中文错误', async () => {
    await expect(openProject(join(dir, '不存在.tongbao'))).rejects.toMatchObject({
      code: 'read.ENOENT',
      message: expect.stringMatching(/找不到这个文件/),
    })
  })
})
