// 手写标题写明文种与事由：“……关于……巡视（巡察）整改……的通报”（GB/T 9704-2012 7.3.1：标题由发文机关、事由和文种组成）。
import { textRule } from './text-rule'

export const titleGenre = textRule({
  meta: {
    code: 'TB047',
    title: '标题的文种与事由',
    name: 'title-genre',
    severity: 'error',
    messages: {
      columnTag: '标题前的“{{tag}}”是网站栏目标签，不属于标题',
      noGenre: '标题应以文种“通报”结束',
      noSubject: '标题中没有写明“{{kind}}整改”',
    },
    description:
      '手写标题须以文种“通报”结束，并写明事由中的“巡视整改”或“巡察整改”（GB/T 9704-2012 7.3.1）；标题前的网站栏目标签（如【巡察进行时】）不属于标题。',
  },
  kinds: ['title'],
  checkText(text, _kind, ctx, report) {
    const t = text.trim().replace(/[。，；：、,.;:]+$/, '')
    if (t === '') return
    const tag = /^【[^】]*】/.exec(t)
    if (tag)
      report({
        messageId: 'columnTag',
        data: { tag: tag[0] },
        range: [0, tag[0].length],
        fix: { label: '删去栏目标签', range: [0, tag[0].length], text: '' },
      })
    if (!t.endsWith('通报')) report({ messageId: 'noGenre' })
    if (!t.includes(`${ctx.kind}整改`) && !/(?:巡视|巡察)[^，。]{0,12}整改/.test(t))
      report({ messageId: 'noSubject', data: { kind: ctx.kind }, severity: 'warning' })
  },
})
