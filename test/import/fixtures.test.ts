// 导入器的夹具测试：test/import/fixtures/ 下每份虚构通报（.txt）配一份手写的期望（.expected.json）。
// 同一份通报分别以纯文本、带导航脚本的网页、Word 文件三种形式导入，结果都要与期望一致——
// 三种输入背后是同一个文体解析器。
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { readMarker } from '../../core/import/markers'
import { minimalDocx } from './support/minimal-docx'
import { numberedDocx } from './support/numbered-docx'
import { sectionOutline } from './support/outline'

const DIR = join(import.meta.dirname, 'fixtures')
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** 像政府网站那样的页面：样式、脚本、导航、页脚，正文每段一个 <p>，段内源码折行。 */
function asWebPage(text: string): string {
  const paras = text.split('\n').filter((l) => l.trim() !== '')
  const body = paras.map((p) => `<p style="text-indent:2em">${esc(p).replace(/。(?=.)/, '。\n      ')}</p>`).join('\n')
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通报</title><style>p { margin: 0 }</style>
<script>var menu = "一、关于“虚假条目”问题的整改情况";</script></head>
<body><nav><ul><li><a href="/">网站首页</a></li><li><a href="/xc">巡察工作</a></li></ul></nav>
<div class="article">
${body}
</div>
<footer><p>版权所有：南山县人民政府&nbsp;&nbsp;浙ICP备12345678号</p></footer></body></html>`
}

type Expected = Record<string, any>

function check(result: Awaited<ReturnType<typeof importNotice>>, expected: Expected): void {
  const n = result.notice
  expect(n.parts).toEqual(expected.parts)
  if (expected.title) expect(n.title.override).toBe(expected.title)
  expect(n.meta).toMatchObject(expected.meta)
  for (const key of ['organization', 'rectification', 'nextSteps'] as const) {
    if (expected[key]) expect(sectionOutline(n[key])).toEqual(expected[key])
  }
  if (expected.statistics) expect(n.statistics).toMatchObject(expected.statistics)
  const { override: _, ...channels } = n.contact
  expect(channels).toEqual(expected.contact)
  if (expected.signature) expect(n.signature).toEqual(expected.signature)
  if (expected.statuses) expect(n.rectification.items.map((i) => i.status)).toEqual(expected.statuses)
  expect(result.findings.map((f) => f.rule).sort()).toEqual([...expected.findings].sort())
}

describe.each(fixtures)('夹具 %s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8')
  const expected: Expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'))

  it('纯文本导入与期望一致', async () => {
    check(await importNotice({ name: file, bytes: new TextEncoder().encode(text) }), expected)
  })

  it('网页导入与期望一致（脚本、导航、页脚不进正文）', async () => {
    const html = asWebPage(text)
    const result = await importNotice({ name: file.replace(/\.txt$/, '.html'), bytes: new TextEncoder().encode(html) })
    check(result, {
      ...expected,
      findings: [
        ...expected.findings.filter((r: string) => r !== 'TB105'),
        ...result.findings.filter((f) => f.rule === 'TB105').map((f) => f.rule),
      ],
    })
    expect(JSON.stringify(result.notice)).not.toContain('虚假条目')
  })

  it('Word 文件导入与期望一致', async () => {
    const docx = minimalDocx(text.split('\n').filter((l) => l.trim() !== ''))
    check(await importNotice({ name: file.replace(/\.txt$/, '.docx'), bytes: docx }), expected)
  })

  it('序号改用 Word 自动编号的文件导入与期望一致', async () => {
    // 把“一、”“（一）”“1.”“（1）”从文字中拿掉，换成 numbering.xml 里的 0–3 级自动编号。
    const styles: Record<string, number> = { han: 0, 'paren-han': 1, arabic: 2, 'paren-arabic': 3 }
    const paragraphs = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const read = readMarker(l.trim())
        const level = read ? styles[read.marker.kind] : undefined
        return level === undefined ? { text: l } : { text: read!.rest, level }
      })
    const docx = numberedDocx(paragraphs, [
      { format: 'chineseCounting', text: '%1、' },
      { format: 'chineseCounting', text: '（%2）' },
      { format: 'decimal', text: '%3.' },
      { format: 'decimal', text: '（%4）' },
    ])
    // 残缺的“)”不是序号，原样留在文字里，导入时照样修复。
    check(await importNotice({ name: file.replace(/\.txt$/, '.docx'), bytes: docx }), expected)
  })
})
