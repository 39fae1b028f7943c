/** 多行输入，每行一项（如统计中的其他事实）。输入时保留原样（含正在输入的空行），只把非空行写回模型。 */
import type { Path } from '../../core/model'
import { fieldId } from '../app/jump'
import { useDraft } from './use-draft'

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')

export function LinesField({
  label,
  path,
  value,
  onChange,
  placeholder,
}: {
  label: string
  path: Path
  value: string[]
  onChange(v: string[]): void
  placeholder?: string
}) {
  const id = fieldId(path)
  const stored = value.join('\n')
  const [draft, setDraft] = useDraft(stored, (d) => lines(d).join('\n'))
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => {
          setDraft(e.target.value)
          const next = lines(e.target.value)
          if (next.join('\n') !== stored) onChange(next)
        }}
      />
    </div>
  )
}
