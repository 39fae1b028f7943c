// 看不见的格式字符（零宽空格、零宽连接符、字节顺序标记、软连字符、方向控制符）：
// 多随从网页、微信或 PDF 复制的文字混进来，原样进入导出的 Word 和网页，造成检索不到、断行怪异、网站后台报错。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { ALL_KINDS } from './text-units'

/** 字符 → 中文名。 */
const NAMES: Record<string, string> = {
  '\u200B': '零宽空格',
  '\u200C': '零宽不连字',
  '\u200D': '零宽连接符',
  '\u2060': '零宽不换行',
  '\uFEFF': '字节顺序标记',
  '\u00AD': '软连字符',
  '\u180E': '蒙古文元音分隔符',
  '\u200E': '从左到右标记',
  '\u200F': '从右到左标记',
  '\u202A': '方向嵌入符',
  '\u202B': '方向嵌入符',
  '\u202C': '方向结束符',
  '\u202D': '方向覆盖符',
  '\u202E': '方向覆盖符',
  '\u2066': '方向隔离符',
  '\u2067': '方向隔离符',
  '\u2068': '方向隔离符',
  '\u2069': '方向隔离符',
}
const PATTERN = /[\u200B-\u200F\u2060\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]+/g

export const invisibleCharacters = textRule({
  meta: {
    code: 'TB054',
    title: '看不见的字符',
    safeFix: true,
    name: 'invisible-characters',
    severity: 'warning',
    messages: {
      invisible: '这里有{{count}}个看不见的格式字符（{{names}}），会原样进入导出的 Word 和网页',
    },
    description:
      '文字里不应有看不见的格式字符：零宽空格（U+200B）、零宽连接符（U+200D）、字节顺序标记（U+FEFF）、软连字符（U+00AD）、方向控制符等。它们多随从网页、微信或 PDF 复制的文字混入，看不见却会原样进入导出的 Word 和网页，使检索、断行和网站后台出错。可一键删除。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    PATTERN.lastIndex = 0
    if (!PATTERN.test(text)) return
    for (const h of hits(PATTERN, text)) {
      const names = [...new Set([...h.text].map((c) => NAMES[c] ?? '格式字符'))].join('、')
      report({
        messageId: 'invisible',
        data: { count: [...h.text].length, names },
        range: [h.start, h.end],
        fix: { label: '删除看不见的字符', range: [h.start, h.end], text: '' },
      })
    }
  },
})
