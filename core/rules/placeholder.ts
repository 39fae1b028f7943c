// 未填写的占位符和待办记号：××、XX、〇〇、待补充、TODO 等不能出现在签发稿中。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { ALL_KINDS } from './text-units'

const PLACEHOLDER =
  /×{2,}|(?<![A-Za-z0-9])[Xx]{2,}(?![A-Za-z0-9])|(?<![〇零一二三四五六七八九十百千])[〇○]{2,}(?![〇零一二三四五六七八九十年])|待补充|待填写|待完善|待核实|TODO|TBD|FIXME|【\s*】|\{\w+\}/g

export const placeholder = textRule({
  meta: {
    code: 'TB037',
    title: '占位符和待办记号',
    name: 'placeholder',
    severity: 'error',
    messages: {
      placeholder: '此处留有占位符“{{found}}”，请补全',
    },
    description: '文中留有占位符或待办记号（××、XX、〇〇、待补充、待填写、TODO 等），签发前须补全。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/[×Xx〇○待【{]|TODO|TBD|FIXME/.test(text)) return
    for (const h of hits(PLACEHOLDER, text)) {
      report({ messageId: 'placeholder', data: { found: h.text }, range: [h.start, h.end] })
    }
  },
})
