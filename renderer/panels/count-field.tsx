/** 统计数字中的一项（如党纪处分）：总人数，以及可增删的细分（党内警告 3 人、严重警告 2 人……）。 */
import { type ReactNode, useState } from 'react'
import type { Count, Path } from '../../core/model'
import { fieldId } from '../app/jump'

interface Row {
  label: string
  count: string
}

type Breakdown = Count['breakdown']

const toNumber = (s: string): number | null => (s.trim() === '' || Number.isNaN(Number(s)) ? null : Math.max(0, Math.floor(Number(s))))

/** 填完整（有名称、有人数）的行才进模型；半填的行留在输入框里，不让存盘因格式不合而失败。 */
function complete(rows: Row[]): Breakdown {
  return rows.flatMap((r) => {
    const n = toNumber(r.count)
    return r.label.trim() !== '' && n !== null ? [{ label: r.label.trim(), count: n }] : []
  })
}

const key = (b: Breakdown) => JSON.stringify(b)
const toRows = (b: Breakdown): Row[] => b.map((x) => ({ label: x.label, count: String(x.count) }))

/** messages：栏下的检查结果（由信息面板给出）。 */
export function CountField({
  label,
  unit,
  path,
  value,
  onChange,
  messages,
}: {
  label: string
  unit: string
  path: Path
  value: Count
  onChange(c: Count): void
  messages?: ReactNode
}) {
  const id = fieldId(path)
  const [rows, setRows] = useState<Row[]>(() => toRows(value.breakdown))
  // 别处（撤销、快速修复、打开另一份）改了细分时跟上；用户正在填的半行保留。
  const [seen, setSeen] = useState(key(value.breakdown))
  if (key(value.breakdown) !== seen) {
    setSeen(key(value.breakdown))
    if (key(complete(rows)) !== key(value.breakdown)) setRows(toRows(value.breakdown))
  }
  const update = (next: Row[]) => {
    setRows(next)
    const breakdown = complete(next)
    if (key(breakdown) !== key(value.breakdown)) onChange({ ...value, breakdown })
  }
  const name = label.replace(/（.*$/, '')
  return (
    <div className="field count-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        value={value.total ?? ''}
        onChange={(e) => onChange({ ...value, total: toNumber(e.target.value) })}
      />
      {rows.length > 0 && (
        <ul className="breakdown" aria-label={`${name}细分`}>
          {rows.map((r, i) => (
            <li key={i}>
              <input
                type="text"
                aria-label={`${name}细分${i + 1}：名称`}
                placeholder="如：党内警告"
                value={r.label}
                onChange={(e) => update(rows.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))}
              />
              <input
                type="number"
                min={0}
                aria-label={`${name}细分${i + 1}：${unit}数`}
                value={r.count}
                onChange={(e) => update(rows.map((x, k) => (k === i ? { ...x, count: e.target.value } : x)))}
              />
              <span aria-hidden="true">{unit}</span>
              <button type="button" aria-label={`删除${name}细分${i + 1}`} onClick={() => update(rows.filter((_, k) => k !== i))}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link" onClick={() => setRows([...rows, { label: '', count: '' }])}>
        ＋ 添加{name}细分
      </button>
      {messages}
    </div>
  )
}
