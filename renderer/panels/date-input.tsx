/**
 * 日期输入：<input type="date"> 的显示格式跟随系统区域设置（英文系统上是 03/11/2024），
 * 旁边再写出公文里的写法“2024年3月11日”，用户一眼核对，无须换算。
 */
import { IsoDate } from '../../core/model'

interface Props {
  id: string
  value: string | null
  onChange(v: string | null): void
  describedBy?: string | undefined
}

export function chineseDate(value: string | null): string | null {
  return value && IsoDate.isValid(value) ? IsoDate.toChinese(value) : null
}

export function DateInput({ id, value, onChange, describedBy }: Props) {
  const chinese = chineseDate(value)
  return (
    <span className="date-input">
      <input
        id={id}
        type="date"
        value={value ?? ''}
        aria-describedby={[describedBy, chinese ? `${id}-cn` : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value || null)}
      />
      {chinese && (
        <span id={`${id}-cn`} className="date-cn">
          {chinese}
        </span>
      )}
    </span>
  )
}
