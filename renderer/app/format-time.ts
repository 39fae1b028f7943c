/** 状态栏里的时刻：10:32。 */
export function clock(iso: string): string {
  const d = new Date(iso)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** 开始页等处的日期时刻：3月11日 10:32。 */
export function dayAndClock(iso: string): string {
  const d = new Date(iso)
  return `${d.getMonth() + 1}月${d.getDate()}日 ${clock(iso)}`
}
