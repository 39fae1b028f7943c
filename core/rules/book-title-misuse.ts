// P17（GB/T 15834-2011 附录的用法说明）：书名号用于书籍、文件、法规等作品名；会议、活动、工程的名称不加书名号。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const MISUSE = /《([^《》]*(?:会议|大会|活动|工程|培训班|座谈会|推进会))》/g

export const bookTitleMisuse = textRule({
  meta: {
    code: 'TB045',
    title: '书名号误用',
    name: 'book-title-misuse',
    severity: 'warning',
    messages: {
      misuse: '“{{name}}”是会议或活动的名称，不用书名号',
    },
    description:
      '会议、活动、工程的名称不用书名号（写“全县巡察工作会议”，不写《全县巡察工作会议》），需要标示时用引号（规范 P17）。给出“改用引号”“去掉书名号”两个候选。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('《')) return
    for (const h of hits(MISUSE, text)) {
      const name = h.groups[0]!
      const range: [number, number] = [h.start, h.end]
      report({
        messageId: 'misuse',
        data: { name },
        range,
        suggestions: [
          { label: '去掉书名号', range, text: name },
          { label: '改用引号', range, text: `“${name}”` },
        ],
      })
    }
  },
})
