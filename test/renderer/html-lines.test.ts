import { describe, expect, it } from 'vitest'
import { parseDocument } from 'htmlparser2'
import { domLines, plainLines } from '../../renderer/paste/html-lines'

// 渲染进程里用浏览器的 DOMParser；这里用 htmlparser2 的 DOM（同样的 nodeType/tagName/childNodes 接口）喂给同一个遍历函数。
const lines = (html: string) => domLines(parseDocument(html) as unknown as Node)

describe('剪贴板 HTML → 文字行', () => {
  it('Word 的样式、条件注释、脚本都丢掉，只留段落文字', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋}</style>
      <script>alert(1)</script></head><body>
      <p class=MsoNormal><b><span style='font-family:黑体'>一、关于政治建设方面</span></b><o:p></o:p></p>
      <!--[if !supportLists]--><p>（一）学习不深入的问题</p><!--[endif]-->
      <p>1.健全制度。<span style="color:red">修订规则</span>。</p></body></html>`
    expect(lines(html).map((l) => l.trim())).toEqual(['一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。修订规则。'])
  })

  it('网页的 <br>、列表与表格行各成一行，按钮和内嵌框架不取', () => {
    const html = '<div>第一行<br>第二行</div><ul><li>甲</li><li>乙</li></ul><table><tr><td>丙</td><td>丁</td></tr></table><button>分享</button><iframe>x</iframe>'
    expect(lines(html).map((l) => l.trim())).toEqual(['第一行', '第二行', '甲', '乙', '丙丁'])
  })

  it('纯文字按各种换行符分行', () => {
    expect(plainLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
  })
})
