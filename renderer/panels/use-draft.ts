/**
 * 输入框的草稿：输入时保留原样（正在输入的空行、分隔符），写回模型的是规范化后的值；
 * 别处（撤销、快速修复）改了模型时草稿跟上，除非草稿规范化后本来就是这个值（用户正在输入的原样保留）。
 */
import { useState } from 'react'

export function useDraft(stored: string, normalize: (draft: string) => string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(stored)
  const [seen, setSeen] = useState(stored)
  if (stored !== seen) {
    setSeen(stored)
    if (normalize(draft) !== stored) setDraft(stored)
  }
  return [draft, setDraft]
}
