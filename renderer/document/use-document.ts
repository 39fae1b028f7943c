/** 组件取用打开的文档：store 由编辑界面放进 context，组件只订阅自己显示的那一部分。 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react'
import type { Notice } from '../../core/model'
import { type FindingTally, tallyFindings } from '../../core/rules/tally'
import type { Finding } from '../../core/rules/types'
import type { DocumentStore } from './store'

export const DocumentContext = createContext<DocumentStore | null>(null)

export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentContext)
  if (!store) throw new Error('useDocumentStore outside <DocumentContext>')
  return store
}

/** 通报（防抖同步后）；select 取其中一部分时，只在那一部分换了对象时重绘。 */
export function useNotice(): Notice
export function useNotice<T>(select: (n: Notice) => T): T
export function useNotice<T>(select?: (n: Notice) => T): T | Notice {
  const store = useDocumentStore()
  return useSyncExternalStore(store.subscribe, () => (select ? select(store.getNotice()) : store.getNotice()))
}

/** 界面显示的检查结果（空闲时更新，见 DocumentStore.getShownFindings）；null 表示规则出错、暂时无法检查，undefined 表示正在做第一次检查。 */
export function useFindings(): Finding[] | null | undefined {
  const store = useDocumentStore()
  return useSyncExternalStore(store.subscribe, store.getShownFindings)
}

/** 检查结果的计数（错误、警告、提示）：检查标签页和状态栏读同一个推导；null 表示规则出错，undefined 表示还在检查。 */
export function useFindingTally(): FindingTally | null | undefined {
  const findings = useFindings()
  return useMemo(() => (findings == null ? findings : tallyFindings(findings)), [findings])
}
