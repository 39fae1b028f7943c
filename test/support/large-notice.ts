import { Item } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { noticeText } from '../../core/document/blocks'
import { sampleNotice } from './sample-notice'

/** 把示例通报的条目反复变换扩充，直到正文达到约 chars 个字符。variant 让两份大通报内容不同。 */
export function largeNotice(chars: number, variant = 0): Notice {
  const n = sampleNotice()
  const aspects = n.rectification.items
  let i = 0
  let length = noticeText(n).length
  // 逐条累加长度（估计略偏小），估计达标后再用真实全文长度核对一次
  while (length < chars || (length = noticeText(n).length) < chars) {
    const base = aspects[i % 2]!
    const copy = structuredClone(base)
    copy.title = `${base.title}（第${i + 1}批，版本${variant}）`
    for (const { item } of Item.walk([copy], [])) {
      item.id = `${item.id.slice(0, 4)}${(i * 97 + variant).toString(36).padStart(4, '0')}`.slice(0, 8)
      item.body = item.body.concat(
        RichText.of(
          `第${i + 1}轮补充措施：围绕整改要求，逐项建立台账，细化责任分工，定期督促检查，确保各项措施落地见效，共完成任务${(i % 40) + 1}项。`,
        ),
      )
    }
    n.rectification.items.push(copy)
    for (const { item } of Item.walk([copy], [])) length += Item.text(item).length + 6
    i++
  }
  return n
}
