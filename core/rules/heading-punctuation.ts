// P15（GB/T 9704-2012 7.3.3 及通行做法）：独立成段的标题末尾不加标点；与正文同段的标题句以句号收束。
import { textRule } from './text-rule'

export const headingPunctuation = textRule({
  meta: {
    code: 'TB033',
    title: '小标题末尾的标点',
    name: 'heading-punctuation',
    severity: 'error',
    messages: {
      standalone: '独立成段的标题末尾不应有“{{found}}”',
      runIn: '与正文同段的标题句应以句号结束',
    },
    description:
      '独立成段的标题末尾不加“。；，：、”；与正文同段（run-in）的标题句须以“。”“？”或“！”结束（规范 P15）。可一键改正；以句号收束的独立条目标题另有“改为与正文同段”的候选。',
  },
  kinds: ['heading', 'run-in-heading'],
  checkText(text, kind, _ctx, report) {
    const trimmed = text.trimEnd()
    if (trimmed === '') return
    if (kind === 'heading') {
      const m = /[。；，：、.;,:]+$/.exec(trimmed)
      if (!m) return
      // 以句号收束的独立标题，多半本应是“标题句。正文……”的 run-in 写法（导入的旧通报常见）：作为候选，由人判断
      const runIn = m[0] === '。' ? [{ label: '改为与正文同段（标题句后接正文）', field: 'runIn' as const, value: true }] : []
      report({
        messageId: 'standalone',
        data: { found: m[0] },
        range: [m.index, text.length],
        fix: { label: '删去末尾标点', range: [m.index, text.length], text: '' },
        suggestions: runIn,
      })
      return
    }
    if (/[。？！]$/.test(trimmed)) return
    const m = /[；，：、.;,:]+$/.exec(trimmed)
    const start = m ? m.index : trimmed.length
    report({ messageId: 'runIn', range: [start, text.length], fix: { label: '以“。”结束', range: [start, text.length], text: '。' } })
  },
})
