// tongbao export：在 inspect 接受的任何输入上导出；写不了时给中文说明。（有错误时的拒绝见 cli-export-validation.test.ts）
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { noticeText } from '../../core/document/blocks'
import { runCli } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { signOffOf } from '../../core/export/options'
import { sampleNotice } from '../support/sample-notice'
import { tempDir } from './support/render'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

let dir: string
let clean: string

beforeAll(async () => {
  dir = tempDir('cli')
  clean = join(dir, 'clean.tongbao')
  await saveProject(clean, sampleNotice())
})

const isZip = (p: string) => readFileSync(p).subarray(0, 2).toString() === 'PK'

describe('tongbao export', () => {
  it('把 .tongbao 导出为 Word、网页与片段', async () => {
    const [docx, html, frag] = ['a.docx', 'a.html', 'a.fragment.html'].map((n) => join(dir, n))
    const c = capture()
    const code = await runCli(['export', clean, '--docx', docx!, '--html', html!, '--fragment', frag!], c.io)
    expect(code).toBe(0)
    expect(isZip(docx!)).toBe(true)
    expect(readFileSync(html!, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
    expect(readFileSync(frag!, 'utf8')).toMatch(/^<article>/)
  })

  it('字体方案与版头、版记选项写进 Word', async () => {
    const docx = join(dir, 'red.docx')
    const code = await runCli(
      [
        'export',
        clean,
        '--docx',
        docx,
        '--profile',
        'gbk',
        '--redhead',
        '--doc-number',
        '青委〔2024〕5号',
        '--banji',
        '--cc',
        '省委巡视办,市委组织部',
      ],
      capture().io,
    )
    expect(code).toBe(0)
    const { unzipSync, strFromU8 } = await import('fflate')
    const files = unzipSync(readFileSync(docx))
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain('青委〔2024〕5号')
    expect(xml).toContain('抄送：省委巡视办，市委组织部。')
    expect(strFromU8(files['word/styles.xml']!)).toContain('方正仿宋_GBK')
  })

  it('红头、版记取通报保存的签发稿设置；命令行给出的值只盖过本次，--no-banji 可关掉', async () => {
    const saved = join(dir, 'signoff.tongbao')
    const n = sampleNotice()
    n.signOff = {
      orgMarks: ['中共青山县委', '青山县人民政府'],
      docNumber: '青委〔2024〕9号',
      signer: null,
      cc: ['县纪委县监委'],
      printer: null,
      printDate: '2024-09-25',
      profile: 'gbk',
      redhead: true,
      banji: true,
    }
    await saveProject(saved, n)
    const { unzipSync, strFromU8 } = await import('fflate')
    const xmlOf = (f: string) => strFromU8(unzipSync(readFileSync(f))['word/document.xml']!)
    const stored = join(dir, 'stored.docx')
    expect(await runCli(['export', saved, '--docx', stored], capture().io)).toBe(0)
    const xml = xmlOf(stored)
    for (const s of [
      '中共青山县委',
      '青山县人民政府',
      '青委〔2024〕9号',
      '抄送：县纪委县监委。',
      '2024年9月25日印发',
      '中共青山县委办公室',
    ])
      expect(xml).toContain(s)
    const over = join(dir, 'over.docx')
    expect(
      await runCli(
        ['export', saved, '--docx', over, '--doc-number', '青委〔2024〕10号', '--print-date', '2024-10-01', '--no-banji'],
        capture().io,
      ),
    ).toBe(0)
    const x2 = xmlOf(over)
    expect(x2).toContain('青委〔2024〕10号')
    expect(x2).not.toContain('抄送')
    expect(x2).not.toContain('印发')
    expect(await runCli(['export', saved, '--docx', over, '--print-date', '2024-13-01'], capture().io)).not.toBe(0)
  })

  it('--signer 排签发人（GB/T 9704 7.2.6）：与发文字号同一行，盖过保存的签发人；没有版头时拒绝', async () => {
    const { unzipSync, strFromU8 } = await import('fflate')
    /** 发文字号所在的段落。 */
    const docNumberPara = (f: string, number: string) =>
      new RegExp(`<w:p>(?:(?!</w:p>).)*${number}(?:(?!</w:p>).)*</w:p>`, 's').exec(
        strFromU8(unzipSync(readFileSync(f))['word/document.xml']!),
      )![0]
    const signed = join(dir, 'signer.docx')
    expect(await runCli(['export', clean, '--docx', signed, '--doc-number', '青委〔2024〕57号', '--signer', ' 王明 '], capture().io)).toBe(
      0,
    )
    const para = docNumberPara(signed, '青委〔2024〕57号')
    expect(para).toMatch(/<w:tab\/><w:t[^>]*>签发人：<\/w:t>/)
    expect(para).toMatch(/<w:rFonts w:ascii="楷体_GB2312"[^>]*\/>(?:(?!<\/w:r>).)*>王明</s)
    // 保存了签发人的通报：不给 --signer 时用它，给了就换成命令行的。
    const saved = join(dir, 'saved-signer.tongbao')
    const n = sampleNotice()
    n.signOff = { ...signOffOf(n), docNumber: '青委〔2024〕58号', signer: '李华', redhead: true }
    await saveProject(saved, n)
    const stored = join(dir, 'saved-signer.docx')
    expect(await runCli(['export', saved, '--docx', stored], capture().io)).toBe(0)
    expect(docNumberPara(stored, '青委〔2024〕58号')).toContain('李华')
    const over = join(dir, 'over-signer.docx')
    expect(await runCli(['export', saved, '--docx', over, '--signer', '王明'], capture().io)).toBe(0)
    expect(docNumberPara(over, '青委〔2024〕58号')).toContain('王明')
    expect(docNumberPara(over, '青委〔2024〕58号')).not.toContain('李华')
    for (const [args, message] of [
      [['--signer', '王明', '--no-redhead'], '--signer 不能与 --no-redhead 一起用'],
      [['--signer', ' '], '选项 --signer 后面缺少值'],
    ] as const) {
      const c = capture()
      expect(await runCli(['export', clean, '--docx', join(dir, 'bad-signer.docx'), ...args], c.io)).toBe(2)
      expect(c.err.join('\n')).toContain(message)
    }
  })

  it('可导入的文本文件也能直接导出', async () => {
    const txt = join(dir, 'notice.txt')
    writeFileSync(txt, noticeText(sampleNotice()))
    const html = join(dir, 'from-text.html')
    expect(await runCli(['export', txt, '--html', html, '--force'], capture().io)).toBe(0)
    expect(readFileSync(html, 'utf8')).toContain('青山县委把巡视整改作为重大政治任务来抓')
  })

  it.each([
    ['没有输出', (f: string) => ['export', f]],
    ['未知字体方案', (f: string) => ['export', f, '--docx', join(dir, 'x.docx'), '--profile', 'mac']],
    ['输出覆盖输入', (f: string) => ['export', f, '--html', f]],
  ])('用法错误（%s）：退出码 2，输入文件原样保留', async (_, args) => {
    const before = readFileSync(clean)
    const c = capture()
    expect(await runCli(args(clean), c.io)).toBe(2)
    expect(c.err.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    expect(readFileSync(clean).equals(before)).toBe(true)
  })

  it('写不进的位置：中文说明，退出码 2', async () => {
    const c = capture()
    expect(await runCli(['export', clean, '--docx', join(dir, '不存在的文件夹', 'a.docx')], c.io)).toBe(2)
    expect(c.err.join('\n')).toContain('无法保存')
  })

  it('输入文件不存在：中文说明，退出码 2', async () => {
    const c = capture()
    expect(await runCli(['export', join(dir, 'missing.tongbao'), '--docx', join(dir, 'm.docx')], c.io)).toBe(2)
    expect(c.err.join('\n')).toMatch(/找不到|无法/)
  })
})
