// 通报里留着网页杂项行（导航、发布日期与来源、分享/打印/关闭按钮、计数、页脚）：多是整页复制粘贴带进来的。
// 杂项的认法与导入剥杂项是同一个（core/import/page-noise.ts），导入剥掉的这里不会再见到；粘贴进正文的由这里报告。
import { type NoiseKind, noiseKind } from '../import/page-noise'
import { textRule } from './text-rule'

const KIND_NAME: Record<NoiseKind, string> = {
  navigation: '导航（“当前位置”、栏目路径）',
  publication: '发布信息（发布日期、来源）',
  control: '页面按钮（分享、打印、关闭等）',
  counter: '页面计数',
  footer: '网站页脚',
}

export const pageNoiseLine = textRule({
  // 逐段检查：增量校验按段落缓存结果，输入时不必每次扫全文。
  kinds: ['paragraph'],
  meta: {
    code: 'TB058',
    title: '网页上的杂项文字',
    name: 'page-noise-line',
    severity: 'warning',
    messages: {
      noise: '“{{line}}”是网页上的{{kind}}，不属于通报',
    },
    description:
      '通报的段落里不应留有网页杂项：导航路径（“您现在的位置：首页 >> …”）、发布日期与来源、分享/打印/关闭等按钮、计数、网站页脚。多随整页复制粘贴带入。认法看这些行的样子（导航分隔号隔开的短词、“标签：日期”、一串界面动词），不背某个网站的原话。可一键删去这一段。',
  },
  checkText(text, _kind, _context, report) {
    if (text.length > 80) return
    const kind = noiseKind(text)
    if (kind) report({ messageId: 'noise', data: { line: text.trim(), kind: KIND_NAME[kind] }, fix: { label: '删去这一段', remove: true } })
  },
})
