import type { Notice } from '../../../core/model/notice'
import { NoticeSchema } from '../../../core/model/notice'

/** 取值受限（枚举、日期、id、结构）的字段：注入后模型不再合法，用户也无从在这些字段里打字。 */
const NOT_FREE_TEXT = new Set([
  'kind',
  'reportKind',
  'role',
  'status',
  'label',
  'id',
  'start',
  'end',
  'feedbackDate',
  'date',
  'deadline',
  'type',
  'parts',
])

/** 把 payload 追加到通报的每一个自由文字字段（含各段正文、标题、落款、联系方式），返回新的合法通报。 */
export function injectEverywhere(notice: Notice, payload: string): Notice {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return NOT_FREE_TEXT.has(key) ? v : v + payload
    if (Array.isArray(v)) return NOT_FREE_TEXT.has(key) ? v : v.map((x) => walk(x, key))
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
    return v
  }
  const injected = walk(structuredClone(notice), '') as Notice
  // 覆盖值为 null 的地方填上 payload，让标题、导语、统计、联系方式的手写文字也经过导出。
  injected.title.override = `关于${payload}的通报`
  injected.lead.override = [{ type: 'paragraph', children: [{ text: `导语${payload}` }] }]
  injected.statistics.override = [
    {
      type: 'paragraph',
      children: [
        { text: `统计${payload}`, bold: true },
        { text: payload, italic: true },
      ],
    },
  ]
  return NoticeSchema.parse(injected)
}
