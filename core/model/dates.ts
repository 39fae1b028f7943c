import * as z from 'zod'

/** 日期一律以 ISO `YYYY-MM-DD` 存储；显示时按 GB/T 15835 写作 2024年2月22日。 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => IsoDate.isValid(s), '日期不存在')
export type IsoDate = z.infer<typeof IsoDateSchema>

export const IsoDate = {
  isValid(s: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
    if (!m) return false
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (mo < 1 || mo > 12 || d < 1) return false
    return d <= daysInMonth(y, mo)
  },
  /** 本机的今天（本地时区，不是 UTC：晚上八点以后的北京时间在 UTC 里已是明天）。 */
  today(): string {
    const d = new Date()
    return IsoDate.of(d.getFullYear(), d.getMonth() + 1, d.getDate())
  },
  of(y: number, m: number, d: number): string {
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  },
  parts(s: string): { y: number; m: number; d: number } {
    const [y, m, d] = s.split('-').map(Number)
    return { y: y!, m: m!, d: d! }
  },
  /** 2024年2月22日（年份写全，月日不编虚位）。 */
  toChinese(s: string): string {
    const { y, m, d } = IsoDate.parts(s)
    return `${y}年${m}月${d}日`
  },
  /** 区间：同年省略后一年份，同月仍写月（2023年3月1日至5月31日）。 */
  rangeToChinese(start: string, end: string): string {
    const a = IsoDate.parts(start)
    const b = IsoDate.parts(end)
    const tail = a.y === b.y ? `${b.m}月${b.d}日` : IsoDate.toChinese(end)
    return `${IsoDate.toChinese(start)}至${tail}`
  },
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}
