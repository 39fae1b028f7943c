/**
 * 浏览器宿主：`npm run dev:web` 与端到端测试用。文件经 <input type=file> 选取、以下载保存；
 * 自动保存、最近文件、恢复副本存在 IndexedDB。浏览器里没有磁盘路径，最近文件以“browser:文件名”为键连同内容保存。
 */
import type { DocumentRef, ExportKind, FilePurpose, MenuCommand, PickedFile, RecentFile, RecoveryItem, SaveResult, TongbaoHost } from '../../core/bridge/host'
import { idb } from './idb'

interface RecoveryRecord extends RecoveryItem {
  text: string
}
interface RecentRecord extends RecentFile {
  bytes: Uint8Array
}

const ACCEPT: Record<FilePurpose, string> = {
  open: '.tongbao,application/json',
  import: '.docx,.txt,.html,.htm',
  'previous-round': '.tongbao,.docx,.txt,.html,.htm',
}
const MIME: Record<ExportKind | 'tongbao', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  fragment: 'text/html;charset=utf-8',
  tongbao: 'application/json;charset=utf-8',
}
const MAX_RECENT = 10

function pick(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.hidden = true
    input.setAttribute('aria-label', '选择文件')
    document.body.append(input)
    const done = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => done(null), { once: true })
    input.click()
  })
}

function download(bytes: Uint8Array | string, name: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

async function remember(name: string, bytes: Uint8Array): Promise<DocumentRef> {
  const ref = { path: `browser:${name}`, name }
  try {
    await idb.put('recent', { path: ref.path, name, openedAt: new Date().toISOString(), bytes } satisfies RecentRecord)
    const all = await idb.all<RecentRecord>('recent')
    all.sort((a, b) => b.openedAt.localeCompare(a.openedAt))
    for (const old of all.slice(MAX_RECENT)) await idb.delete('recent', old.path)
  } catch {
    // 最近文件只是方便：存不下（如隐私模式）不妨碍打开和保存。
  }
  return ref
}

const withExtension = (name: string, ext: string) => (name.toLowerCase().endsWith(ext) ? name : `${name}${ext}`)

export function createBrowserHost(): TongbaoHost {
  const listeners = new Set<(c: MenuCommand) => void>()
  // 浏览器里一个标签页一份文档，没有别的窗口要协调；记下来只为与桌面版行为一致、便于调试。
  let current: DocumentRef | null = null
  return {
    platform: 'browser',
    async pickFile(purpose) {
      const file = await pick(ACCEPT[purpose])
      if (!file) return null
      const bytes = new Uint8Array(await file.arrayBuffer())
      const ref = purpose === 'open' ? await remember(file.name, bytes) : { path: null, name: file.name }
      return { ref, bytes }
    },
    async readRecent(path) {
      const rec = await idb.get<RecentRecord>('recent', path)
      if (!rec) throw new Error(`最近文件“${path.replace(/^browser:/, '')}”已不在浏览器存储中。`)
      await idb.put('recent', { ...rec, openedAt: new Date().toISOString() })
      return { ref: { path: rec.path, name: rec.name }, bytes: rec.bytes } satisfies PickedFile
    },
    async recentFiles() {
      try {
        const all = await idb.all<RecentRecord>('recent')
        return all.sort((a, b) => b.openedAt.localeCompare(a.openedAt)).map(({ path, name, openedAt }) => ({ path, name, openedAt }))
      } catch {
        return []
      }
    },
    async saveProject(ref, text, options): Promise<SaveResult> {
      let name = ref?.name ?? '整改通报.tongbao'
      if (!ref || options.saveAs) {
        const asked = window.prompt('另存为（文件名）', name)
        if (asked === null || asked.trim() === '') return { kind: 'cancelled' }
        name = asked.trim()
      }
      name = withExtension(name, '.tongbao')
      try {
        download(text, name, MIME.tongbao)
        const saved = await remember(name, new TextEncoder().encode(text))
        return { kind: 'saved', ref: saved, savedAt: new Date().toISOString() }
      } catch (e) {
        return { kind: 'failed', message: `无法保存：${e instanceof Error ? e.message : '浏览器拒绝了下载'}。` }
      }
    },
    async saveExport(bytes, suggestedName, kind) {
      try {
        download(bytes, suggestedName, MIME[kind])
        return { kind: 'saved', ref: { path: null, name: suggestedName }, savedAt: new Date().toISOString() }
      } catch {
        return { kind: 'failed', message: '无法导出：浏览器拒绝了下载。请检查浏览器的下载设置。' }
      }
    },
    async revealInFolder() {
      // 浏览器不能打开文件夹；下载栏里可以找到文件。
    },
    async autosave(docKey, ref, text, title) {
      await idb.put('recovery', { id: docKey, documentPath: ref?.path ?? null, title, savedAt: new Date().toISOString(), text } satisfies RecoveryRecord)
    },
    async discardAutosave(docKey) {
      await idb.delete('recovery', docKey)
    },
    async listRecovery() {
      try {
        const all = await idb.all<RecoveryRecord>('recovery')
        return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map(({ id, documentPath, title, savedAt }) => ({ id, documentPath, title, savedAt }))
      } catch {
        return []
      }
    },
    async restoreRecovery(id) {
      const rec = await idb.get<RecoveryRecord>('recovery', id)
      if (!rec) throw new Error('恢复副本已不存在。')
      return rec.text
    },
    setDirty(dirty, title) {
      document.title = `${dirty ? '● ' : ''}${title} - 整改通报编辑器`
    },
    setCurrentDocument(ref) {
      current = ref
      document.documentElement.dataset.document = current?.name ?? ''
    },
    onMenuCommand(listener) {
      // 浏览器里没有原生菜单；快捷键由渲染进程自己监听（见 app/shortcuts.ts）。
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
