// 把一篇通报的段落包成微信公众号文章的样子（测试用，按公众号网页的结构自己写的）：公众号名片、署名、
// 正文容器 #js_content 里层层 section/span 和行内样式、空段、图片，文末的编辑署名、“阅读原文”、点赞在看、
// 二维码关注提示和推荐文章（推荐文章的标题里也有“巡察”，不能混进正文）。
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** 正文的一段：公众号编辑器的写法，section 套 p 套 span，带行内样式；偶尔把一段拆成几个 span。 */
function paragraph(text: string, i: number): string {
  const style = 'style="margin: 0px 8px; line-height: 1.75em; text-indent: 2em; visibility: visible;"'
  const inner =
    i % 3 === 0 && text.length > 12
      ? `<span style="font-size: 16px;">${esc(text.slice(0, 7))}</span><span style="font-size: 16px; color: rgb(62, 62, 62);"><strong>${esc(text.slice(7, 12))}</strong>${esc(text.slice(12))}</span>`
      : `<span style="font-size: 16px; letter-spacing: 1px;">${esc(text)}</span>`
  return `<section data-role="paragraph" style="box-sizing: border-box;"><p ${style}>${inner}</p></section>${i % 4 === 0 ? '<p><br></p>' : ''}`
}

export interface WechatOptions {
  account?: string
  publishTime?: string
}

/** 保存的公众号网页（带正文容器和周边的界面）。 */
export function wechatPage(title: string, paragraphs: string[], options: WechatOptions = {}): string {
  const account = options.account ?? '清廉东湖'
  const time = options.publishTime ?? '2024-03-05 18:30'
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${esc(title)}"><title>${esc(title)}</title>
<script>var msg_title = '${esc(title)}'; var ct = "1709634600";</script><style>.rich_media_content{overflow:hidden}</style></head>
<body id="activity-detail" class="zh_CN"><div class="rich_media_wrp" id="js_article"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
  ${esc(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">${esc(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">${esc(time)}</em> <em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/banner.png" style="width: 100%;"></section>
<section style="text-align: center;"><span style="color: rgb(0, 112, 192);">点击蓝字 关注我们</span></section>
${paragraphs.map(paragraph).join('\n')}
<section><p style="text-align: center;">▼</p></section>
<section><p>来源：东湖县委巡察办</p><p>编辑：李明</p><p>审核：王芳</p></section>
<p style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/qrcode.png"></p>
<p style="text-align: center;"><span>长按识别二维码关注我们</span></p>
</div>
<div id="js_tags" class="article-tag__list">预览时标签不可点</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a><span>阅读 2.3万</span><span>在看 56</span><span>赞 128</span></div>
<div class="qr_code_pc"><img src="qrcode.jpg"><p>微信扫一扫<br>关注该公众号</p></div>
<div id="js_related"><h3>喜欢此内容的人还喜欢</h3><ul><li>县委第二轮巡察完成反馈</li><li>东湖县开展巡察整改“回头看”</li></ul></div>
</div></div></div>
<div id="js_pc_weapp_code_des">微信扫一扫<br>使用小程序</div><div>取消 允许</div><div>视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看</div>
</body></html>`
}

/** 从公众号文章里复制出来的 HTML（没有外面的页面，只有署名、正文和文末的界面文字）。 */
export function wechatCopy(title: string, paragraphs: string[]): string {
  return `<meta charset="utf-8"><div><h1>${esc(title)}</h1><p>原创 清廉东湖 2024-03-05 18:30 发表于浙江</p>
${paragraphs.map(paragraph).join('\n')}
<p>来源：东湖县委巡察办</p><p>阅读原文</p><p>阅读 2.3万</p><p>微信扫一扫关注该公众号</p><p>往期推荐</p><p>县委第二轮巡察完成反馈</p><p>东湖县开展巡察整改“回头看”</p></div>`
}
