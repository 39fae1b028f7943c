// 命令行从不毁掉文件：不覆盖已有文件（除非 --overwrite），不写到输入上；参数错误说中文。
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { parseProject, serializeProject } from '../../core/project/project-file'
import { runCli } from '../../electron/cli/main'
import { sampleNotice } from '../support/sample-notice'

const dir = mkdtempSync(join(tmpdir(), 'tongbao-cli-out-'))
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')

async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

const ENGLISH = /\b(Unknown|option|argument|Error|Invalid|expected|Unexpected|TypeError|ERR_)\b/

describe('输出不毁文件', () => {
  it('import X.docx -o X.docx：拒绝，Word 文件一字节不变', async () => {
    const docx = join(dir, '通报.docx')
    writeFileSync(docx, await exportDocx(sampleNotice()))
    const before = sha(docx)
    const r = await cli('import', docx, '-o', docx)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/输出文件不能与输入文件相同/)
    expect(sha(docx)).toBe(before)
  })

  it('经符号链接指向输入的输出也算输入', async () => {
    const input = join(dir, '甲.tongbao')
    writeFileSync(input, serializeProject(sampleNotice()))
    const link = join(dir, '甲的链接.tongbao')
    symlinkSync(input, link)
    const before = sha(input)
    const r = await cli('next-round', input, '-o', link, '--overwrite')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/不能与输入文件相同/)
    expect(sha(input)).toBe(before)
  })

  it('next-round a -o a 被拒绝；new -o 已存在的文件被拒绝：原文件始终还在', async () => {
    const a = join(dir, 'a.tongbao')
    const original = sampleNotice()
    original.title.override = '原来的通报'
    writeFileSync(a, serializeProject(original))
    const before = sha(a)
    expect((await cli('next-round', a, '-o', a)).code).toBe(2)
    const r = await cli('new', '--kind', '巡视', '-o', a)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/已存在.*--overwrite/)
    expect(sha(a)).toBe(before)
  })

  it('--overwrite 才覆盖，上一版留在 .bak', async () => {
    const a = join(dir, 'b.tongbao')
    const original = sampleNotice()
    original.title.override = '原来的通报'
    writeFileSync(a, serializeProject(original))
    const r = await cli('new', '--kind', '巡察', '-o', a, '--overwrite')
    expect(r.code).toBe(0)
    expect(parseProject(readFileSync(a)).meta.kind).toBe('巡察')
    expect(parseProject(readFileSync(a + '.bak')).title.override).toBe('原来的通报')
  })

  it('export 的每个输出都受同样的保护；--force 不等于 --overwrite', async () => {
    const input = join(dir, 'e.tongbao')
    writeFileSync(input, serializeProject(sampleNotice()))
    const html = join(dir, 'e.html')
    writeFileSync(html, '<p>别人的网页</p>')
    const r = await cli('export', input, '--html', html, '--force')
    expect(r.code).toBe(2)
    expect(readFileSync(html, 'utf8')).toBe('<p>别人的网页</p>')
    expect((await cli('export', input, '--html', input)).stderr).toMatch(/不能与输入文件相同/)
    expect((await cli('export', input, '--html', html, '--overwrite', '--force')).code).toBe(0)
    expect(readFileSync(html, 'utf8')).toMatch(/<html/)
  })
})

describe('参数错误说中文', () => {
  const cases: [string, string[], RegExp][] = [
    ['不认识的选项', ['new', '--mode', 'x', '-o', join(dir, 'n1.tongbao')], /不认识的选项：--mode/],
    ['选项缺值', ['import', join(dir, 'x.txt'), '-o'], /选项 -o 后面缺少值/],
    ['布尔选项带值', ['inspect', join(dir, 'x.tongbao'), '--json=yes'], /选项 --json 不带值/],
    ['多余的参数', ['inspect', join(dir, 'x.tongbao'), join(dir, 'y.tongbao')], /多余的参数/],
    ['缺输入', ['validate'], /请给出要检查的文件/],
    ['未知命令', ['frobnicate'], /未知命令：frobnicate/],
  ]
  it.each(cases)('%s：退出码 2，中文说明加用法，没有英文', async (_label, args, words) => {
    const r = await cli(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(words)
    expect(r.stderr).not.toMatch(ENGLISH)
  })

  it('读不了的输入：说“找不到这个文件”，不是英文的 ENOENT', async () => {
    const r = await cli('inspect', join(dir, '不存在.tongbao'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^错误：无法打开「不存在\.tongbao」：找不到这个文件/)
    expect(r.stderr).not.toMatch(/ENOENT/)
  })
})
