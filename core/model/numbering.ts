/** 结构层次序数（GB/T 9704 7.3.3）：一、 （一） 1. （1）。由位置推导，从不存储。 */
const HAN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 序号与数字里出现的汉字数字（一到十）。 */
export const HAN_NUMERAL_CHARS = '一二三四五六七八九十'

export function toHanNumber(n: number): string {
  if (n <= 0 || !Number.isInteger(n)) return String(n)
  if (n < 10) return HAN_DIGITS[n]!
  if (n < 20) return '十' + (n % 10 ? HAN_DIGITS[n % 10] : '')
  if (n < 100) return HAN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? HAN_DIGITS[n % 10] : '')
  return String(n)
}

/** 汉字数字（1–99，“十二”“二十”）或阿拉伯数字 → 数值；无法识别时为 null。规则、导入、编辑器共用。 */
export function fromHanNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return null
  const d = (c: string | undefined) => (c ? HAN_DIGITS.indexOf(c) : 0)
  if (m[2]) return (m[1] ? d(m[1]) : 1) * 10 + d(m[3])
  if (m[1] && !m[3]) return d(m[1])
  return null
}

export type Level = 1 | 2 | 3 | 4

export const Marker = {
  /** level 1..4，index 从 1 起。 */
  format(level: Level, index: number): string {
    switch (level) {
      case 1:
        return `${toHanNumber(index)}、`
      case 2:
        return `（${toHanNumber(index)}）`
      case 3:
        return `${index}.`
      case 4:
        return `（${index}）`
    }
  },
  /** 超过四层时仍用第四层样式。 */
  clampLevel(n: number): Level {
    return Math.min(4, Math.max(1, n)) as Level
  },
}
