// 剪贴板与导入共用的段落切分（core 的 htmlParagraphs / textParagraphs）：粘贴不再另有一份（原 renderer/paste/html-lines.ts）。
import { describe, expect, it } from 'vitest'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { textParagraphs } from '../../core/import/paragraphs'

describe('剪贴板 HTML → 段落', () => {
  it('Word 的样式、条件注释、脚本都丢掉，只留段落文字', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋}</style>
      <script>alert(1)</script></head><body>
      <p class=MsoNormal><b><span style='font-family:黑体'>一、关于政治建设方面</span></b><o:p></o:p></p>
      <!--[if !supportLists]--><p>（一）学习不深入的问题</p><!--[endif]-->
      <p>1.健全制度。<span style="color:red">修订规则</span>。</p></body></html>`
    expect(htmlParagraphs(html)).toEqual(['一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。修订规则。'])
  })

  it('网页的 <br>、列表项各成一行，按钮和内嵌框架不取', () => {
    const html = '<div>第一行<br>第二行</div><ul><li>甲</li><li>乙</li></ul><button>分享</button><iframe>x</iframe>'
    expect(htmlParagraphs(html)).toEqual(['第一行', '第二行', '甲', '乙'])
  })

  it('纯文字按各种换行符分行，空行去掉', () => {
    expect(textParagraphs('a\r\nb\n\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
  })
})
