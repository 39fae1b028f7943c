/**
 * 带说明文字的勾选框（信息面板的“手写……”、导出对话框的“加红头”“加版记”）。
 * children 是勾选后才出现的下属栏目（缩进显示）。
 */
import type { ReactNode } from 'react'

export function CheckField({
  id,
  label,
  checked,
  onChange,
  children,
}: {
  id: string
  label: string
  checked: boolean
  onChange(on: boolean): void
  children?: ReactNode
}) {
  return (
    <>
      <div className="field check">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {checked && children !== undefined && <div className="sub-fields">{children}</div>}
    </>
  )
}
