/** 打开的文档与它的文件：保存、另存为、自动保存到恢复区，以及告诉宿主文档的身份和“未保存”状态。 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { DocumentRef, TongbaoHost } from '../../core/bridge/host'
import { noticeTitle } from '../../core/derive/title'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import { primeOffThread, serializeOffThread } from '../document/serialize-off-thread'
import type { DocumentStore } from '../document/store'
import type { VersionStore } from '../versions/version-store'
import { useNotice } from '../document/use-document'
import type { SaveState } from './status-bar'

const AUTOSAVE_DELAY_MS = 2000

interface Options {
  store: DocumentStore
  /** 工程的标识与版本：随保存、自动保存写入；保存为版本也是一次修改 */
  versions: VersionStore
  host: TongbaoHost
  docKey: string
  initialRef: DocumentRef | null
  /** 从恢复副本打开的文档一开始就是“未保存” */
  initiallyDirty: boolean
  onDirtyChange(dirty: boolean): void
}

export function useDocumentFile({ store, versions, host, docKey, initialRef, initiallyDirty, onDirtyChange }: Options) {
  const notice = useNotice()
  // 保存为版本也要自动保存：版本列表变了，下面的自动保存重新计时。
  const project = useSyncExternalStore(versions.subscribe, versions.get)
  const [ref, setRef] = useState(initialRef)
  const [save, setSave] = useState<SaveState>({ dirty: initiallyDirty, savedAt: null, autosavedAt: null, error: null })

  // 有没有未保存的修改：页面关闭、刷新时同步读取，不等 React 重绘。
  const dirtyRef = useRef(initiallyDirty)
  // 新的修改让“已自动保存”失效，直到下一次自动保存完成。
  useEffect(() => {
    const edited = () => {
      dirtyRef.current = true
      setSave((s) => (s.dirty && !s.error && s.autosavedAt === null ? s : { ...s, dirty: true, error: null, autosavedAt: null }))
    }
    const offEdits = store.subscribeEdits(edited)
    const offVersions = versions.subscribe(edited)
    return () => {
      offEdits()
      offVersions()
    }
  }, [store, versions])
  useEffect(() => onDirtyChange(save.dirty), [save.dirty, onDirtyChange])
  // 文档的身份（新建、打开、导入、从上一轮新建、恢复、另存为）变了就告诉宿主：“打开同一文件”切到哪个窗口、“保存”写到哪里由它决定。
  useEffect(() => host.setCurrentDocument(ref), [host, ref])
  useEffect(() => host.setDirty(save.dirty, noticeTitle(notice)), [host, save.dirty, notice])

  /** 写一份自动保存（工程文件的字节已写好）。失败（如浏览器存储已满）显示在状态栏，不说“已自动保存”。 */
  const writeAutosave = useCallback(
    (n: Notice, project: Blob | Uint8Array) =>
      void host
        .autosave(docKey, ref, project, noticeTitle(n))
        .then((r) => setSave((s) => (r.ok ? { ...s, autosavedAt: new Date().toISOString() } : { ...s, error: formatMessage(r) }))),
    [host, docKey, ref],
  )

  /** 页面关闭前：不能等 Worker，在本线程写；交给宿主的是字节，桌面版能在页面关闭前同步发出。 */
  const autosaveNow = useCallback(
    (n: Notice) => {
      let bytes: Uint8Array
      try {
        bytes = new TextEncoder().encode(serializeProject(n, undefined, undefined, versions.get()))
      } catch {
        return // 内容暂时不合模型（例如日期没填完）：下次再存
      }
      writeAutosave(n, bytes)
    },
    [writeAutosave, versions],
  )

  // 打开后空闲时先把内容送到自动保存的 Worker 手里：第一次自动保存只发改了的部分，不在打字中间整份发送。
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    const handle = requestIdleCallback(() => primeOffThread(store.getNotice(), versions.get()))
    return () => cancelIdleCallback(handle)
  }, [store, versions])

  // 自动保存：修改停下 2 秒后写入恢复区。工程文件在 Worker 里写（长文档要上百毫秒；只发过去改了的部分，交回 Blob），
  // 写好时已有更新的修改就不再用这份。
  useEffect(() => {
    if (!save.dirty) return
    let stale = false
    const t = setTimeout(() => {
      const n = store.getNotice()
      void serializeOffThread(n, versions.get()).then((blob) => {
        if (blob !== null && !stale) writeAutosave(n, blob)
      })
    }, AUTOSAVE_DELAY_MS)
    return () => {
      stale = true
      clearTimeout(t)
    }
  }, [notice, project, save.dirty, writeAutosave, store, versions])

  // 页面被隐藏、关闭或刷新时不等那 2 秒：先把编辑器里刚打的字合进通报，立即自动保存。
  useEffect(() => {
    const leave = () => {
      if (dirtyRef.current) autosaveNow(store.flush())
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave()
    }
    window.addEventListener('beforeunload', leave)
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('beforeunload', leave)
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [autosaveNow, store])

  const doSave = useCallback(
    async (saveAs: boolean) => {
      let text: string
      try {
        text = serializeProject(store.flush(), undefined, undefined, versions.get())
      } catch {
        setSave((s) => ({ ...s, error: formatMessage({ code: 'app.save-invalid' }) }))
        return
      }
      const result = await host.saveProject(ref, text, { saveAs })
      if (!result.ok) setSave((s) => ({ ...s, error: formatMessage(result) }))
      else if (result.kind === 'saved') {
        dirtyRef.current = false
        setRef(result.ref)
        setSave({ dirty: false, savedAt: result.savedAt, autosavedAt: null, error: null })
        void host.discardAutosave(docKey)
      }
    },
    [store, versions, host, ref, docKey],
  )

  /** 别处的失败（如导出台账）也显示在状态栏。 */
  const reportError = useCallback((error: string) => setSave((s) => ({ ...s, error })), [])

  return { ref, save, doSave, reportError }
}
