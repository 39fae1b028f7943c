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
    let j = 0
    for (const { item } of Item.walk([copy], [])) {
      // 编号在整份通报里唯一：条目在这一批里的序号加批号（与 variant），以不是十六进制的“x”开头，不会与示例的随机编号相同。
      // 曾取示例编号的前四位：同一方面下两个条目前四位相同（约万分之二）时编号重复，打开工程时被换掉，通报就不再是原样。
      item.id = `x${(j++).toString(36).padStart(2, '0')}${(i * 97 + variant).toString(36).padStart(5, '0')}`
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
