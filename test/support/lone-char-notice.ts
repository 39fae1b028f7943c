// 标题不留单字的测试通报（issue #11）：示例通报换上两处自然折行会留单字的标题。
import type { Notice } from '../../core/model/notice'
import { sampleNotice } from './sample-notice'

/** 一级标题，连序号 27 字：首行空二字后排 26 字，自然折行末行只剩“况”。 */
export const LONE_HEADING = '一、关于贯彻落实党中央和省委决策部署方面问题的整改情况'
/** 标题：前 20 字按“半角算半个字”排得下一行，实际超出版心（数字宽 0.56 字，另有中西文间距）。 */
export const LONE_TITLE = '中共青山县委关于2023年1月至2024年12月巡察整改进展情况的通报'

export function loneCharNotice(): Notice {
  const n = sampleNotice()
  n.title.override = LONE_TITLE
  n.rectification.items[0]!.title = LONE_HEADING.slice(2)
  return n
}
