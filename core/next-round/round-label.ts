/** 轮次标签的推进：“十五届省委第二轮”→“十五届省委第三轮”。 */
import { fromHanNumber, toHanNumber } from '../model/numbering'

const ROUND = /第([一二三四五六七八九十]{1,3}|\d{1,3})轮/

/** 下一轮的标签；认不出轮次（空串、专项巡察的主题等）时返回 null，由调用方保持原样并告知用户。 */
export function advanceRoundLabel(label: string): string | null {
  const m = ROUND.exec(label)
  if (!m) return null
  const arabic = /^\d+$/.test(m[1]!)
  const n = arabic ? Number(m[1]) : fromHanNumber(m[1]!)
  if (n === null || n <= 0 || n >= 99) return null
  const next = arabic ? String(n + 1) : toHanNumber(n + 1)
  return label.slice(0, m.index) + `第${next}轮` + label.slice(m.index + m[0].length)
}
