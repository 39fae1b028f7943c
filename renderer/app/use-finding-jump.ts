/** 从检查结果跳到它所指之处：编辑器中的文字，或信息面板中的字段（面板先切到“信息”页，重绘后再聚焦）。 */
import { useCallback, useEffect, useRef } from 'react'
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import type { DocumentStore } from '../document/store'
import { jumpToEditor, jumpToField, resolvePath } from './jump'
import type { SideTab } from './side-panel'

export function useFindingJump(store: DocumentStore, tab: SideTab, setTab: (t: SideTab) => void) {
  // 要跳到的信息面板字段：面板先切到“信息”页，重绘后再聚焦。
  const pendingField = useRef<Path | null>(null)

  useEffect(() => {
    if (pendingField.current && tab === 'info' && jumpToField(pendingField.current)) pendingField.current = null
  })

  const editField = useCallback(
    (path: Path) => {
      pendingField.current = path
      setTab('info')
      if (jumpToField(path)) pendingField.current = null
    },
    [setTab],
  )

  const onJump = (f: Finding) => {
    const target = resolvePath(store.flush(), store.editors, f.location.path)
    if (target.kind === 'field') return editField(target.path)
    const last = f.location.path[f.location.path.length - 1]
    const inText = last === 'title' || typeof last === 'number'
    jumpToEditor(store.editors, target.section, target.index, inText ? f.location.range : undefined)
  }

  return { editField, onJump }
}
