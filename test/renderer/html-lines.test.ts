import { describe, expect, it } from 'vitest'
import { htmlLines, plainLines } from '../../renderer/paste/html-lines'

// 粘贴与导入网页用同一个解析（core/import/import-from-html.ts 的 htmlParagraphs）。
describe('剪贴板 HTML → 文字行', () => {
  it('Word 的样式、条件注释、脚本都丢掉，只留段落文字', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋}</style>
      <script>alert(1)</script></head><body>
      <p class=MsoNormal><b><span style='font-family:黑体'>一、关于政治建设方面</span></b><o:p></o:p></p>
      <!--[if !supportLists]--><p>（一）学习不深入的问题</p><!--[endif]-->
      <p>1.健全制度。<span style="color:red">修订规则</span>。</p></body></html>`
    expect(htmlLines(html).map((l) => l.trim())).toEqual(['一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。修订规则。'])
  })

  it('网页的 <br>、列表项各成一行，按钮和内嵌框架不取', () => {
    const html = '<div>第一行<br>第二行</div><ul><li>甲</li><li>乙</li></ul><button>分享</button><iframe>x</iframe>'
    expect(htmlLines(html).map((l) => l.trim())).toEqual(['第一行', '第二行', '甲', '乙'])
  })

  it('纯文字按各种换行符分行', () => {
    expect(plainLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
  })
})
