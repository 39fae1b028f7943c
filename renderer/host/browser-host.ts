/**
 * 浏览器宿主：`npm run dev:web` 与端到端测试用。文件经 <input type=file> 选取、以下载保存；
 * 自动保存、最近文件、恢复副本存在 IndexedDB。浏览器里没有磁盘路径，最近文件以“browser:文件名”为键连同内容保存。
 */
import type { DocumentRef, ExportKind, FilePurpose, RecentFile, RecoveryItem, SaveResult, TongbaoHost } from '../../core/bridge/host'
import { fileNameStem } from '../../core/derive/file-name'
import { DocLocks } from './doc-locks'
import { idb, storageFailureOf } from './idb'

/**
 * 恢复副本：工程文件存成 Blob（UTF-8）——存 Blob 只是存一个引用（1 ms 以内），存上兆的字符串或字节数组却要在界面线程上
 * 序列化几十毫秒；列出副本时也不必把每份的全文读进内存。早先的版本存的是文本（text），照样能恢复。
 */
type RecoveryRecord = RecoveryItem & ({ blob: Blob; text?: undefined } | { text: string; blob?: undefined })
interface RecentRecord extends RecentFile {
  bytes: Uint8Array
}

const ACCEPT: Record<FilePurpose, string> = {
  open: '.tongbao,application/json',
  import: '.docx,.doc,.wps,.pdf,.txt,.html,.htm',
  'previous-round': '.tongbao,.docx,.doc,.wps,.pdf,.txt,.html,.htm',
  ledger: '.xlsx,.csv,.tsv',
  review: '.docx',
}
const MIME: Record<ExportKind | 'tongbao', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  fragment: 'text/html;charset=utf-8',
  ledger: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
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

/** 在不显示的框架里打印一页 HTML（页面预览同一套版式的打印页）。 */
function printInFrame(html: string): void {
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0'
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow!
      win.addEventListener('afterprint', () => frame.remove(), { once: true })
      win.focus()
      win.print()
    },
    { once: true },
  )
  frame.srcdoc = html
  document.body.append(frame)
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

/** 浏览器宿主向应用要的东西：保存时问文件名（应用的对话框，见 save-name-request.ts）；取消时为 null。 */
export interface BrowserHostOptions {
  askFileName(suggested: string, saveAs: boolean): Promise<string | null>
}

export function createBrowserHost({ askFileName }: BrowserHostOptions): TongbaoHost {
  // 浏览器里一个标签页一份文档；记下来只为与桌面版行为一致、便于调试。
  let current: DocumentRef | null = null
  const locks = new DocLocks()
  // 有未保存的修改时，关闭或刷新标签页前让浏览器问一句（浏览器只显示它自己的固定文字）。
  let dirty = false
  /** 当前通报的标题（setDirty 告知）：第一次保存时的建议文件名由它推导 */
  let title = ''
  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return
    event.preventDefault()
    event.returnValue = ''
  })
  return {
    platform: 'browser',
    async pickFile(purpose) {
      const file = await pick(ACCEPT[purpose])
      if (!file) return { ok: true, file: null }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const ref = purpose === 'open' ? await remember(file.name, bytes) : { path: null, name: file.name }
      return { ok: true, file: { ref, bytes } }
    },
    async readRecent(path) {
      const name = path.replace(/^browser:/, '')
      try {
        const rec = await idb.get<RecentRecord>('recent', path)
        if (!rec) return { ok: false, code: 'recent.missing', params: { name } }
        await idb.put('recent', { ...rec, openedAt: new Date().toISOString() }).catch(() => undefined)
        return { ok: true, file: { ref: { path: rec.path, name: rec.name }, bytes: rec.bytes } }
      } catch (e) {
        return storageFailureOf(e)
      }
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
      // 建议名与导出同源（标题 → core/derive/file-name.ts）；标题由 setDirty 告知，与桌面版的保存对话框相同
      let name = ref?.name ?? `${fileNameStem(title)}.tongbao`
      if (!ref || options.saveAs) {
        const asked = await askFileName(name, options.saveAs)
        if (asked === null || asked.trim() === '') return { ok: true, kind: 'cancelled' }
        name = asked.trim()
      }
      name = withExtension(name, '.tongbao')
      try {
        download(text, name, MIME.tongbao)
      } catch {
        return { ok: false, code: 'download.refused' }
      }
      // 下载就是保存；记进最近文件只是方便，存不下（存储已满）不影响这次保存。
      const saved = await remember(name, new TextEncoder().encode(text))
      return { ok: true, kind: 'saved', ref: saved, savedAt: new Date().toISOString() } satisfies SaveResult
    },
    async saveExport(bytes, suggestedName, kind) {
      try {
        download(bytes, suggestedName, MIME[kind])
        return { ok: true, kind: 'saved', ref: { path: null, name: suggestedName }, savedAt: new Date().toISOString() }
      } catch {
        return { ok: false, code: 'download.refused' }
      }
    },
    async savePdf(html) {
      // 浏览器不能直接写 PDF：把打印页放进一个不显示的同源框架（srcdoc，无脚本），调用它的 print()，
      // 用户在打印对话框中选“另存为 PDF”。框架在打印对话框关闭后移除。
      try {
        printInFrame(html)
        return { ok: true, kind: 'printing' }
      } catch {
        return { ok: false, code: 'download.refused' }
      }
    },
    async revealInFolder() {
      // 浏览器不能打开文件夹；下载栏里可以找到文件。
    },
    async autosave(docKey, ref, project, title) {
      // 副本的键就是本标签页的编辑会话；持锁期间别的标签页不会把它当作“未保存就关闭了”的文档。
      void locks.hold(docKey)
      try {
        await idb.put('recovery', {
          id: docKey,
          documentPath: ref?.path ?? null,
          title,
          savedAt: new Date().toISOString(),
          blob: project instanceof Blob ? project : new Blob([project as BlobPart], { type: MIME.tongbao }),
        } satisfies RecoveryRecord)
        return { ok: true }
      } catch (e) {
        return storageFailureOf(e)
      }
    },
    async discardAutosave(docKey) {
      try {
        await idb.delete('recovery', docKey)
        locks.release(docKey)
        return { ok: true }
      } catch (e) {
        return storageFailureOf(e)
      }
    },
    async listRecovery() {
      try {
        const [all, elsewhere] = await Promise.all([idb.all<RecoveryRecord>('recovery'), locks.heldElsewhere()])
        return all
          .filter((r) => !elsewhere.has(r.id))
          .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
          .map(({ id, documentPath, title, savedAt }) => ({ id, documentPath, title, savedAt }))
      } catch {
        return []
      }
    },
    async restoreRecovery(id) {
      try {
        const rec = await idb.get<RecoveryRecord>('recovery', id)
        if (!rec) return { ok: false, code: 'recovery.missing' }
        // 拿到锁才算归本标签页：两个标签页同时点“恢复”，只有一个成功。
        if (!(await locks.hold(id))) return { ok: false, code: 'recovery.in-use' }
        return { ok: true, text: rec.blob ? await rec.blob.text() : rec.text }
      } catch (e) {
        return storageFailureOf(e)
      }
    },
    async discardRecovery(id) {
      try {
        if ((await locks.heldElsewhere()).has(id)) return { ok: false, code: 'recovery.in-use' }
        await idb.delete('recovery', id)
        locks.release(id)
        return { ok: true }
      } catch (e) {
        return storageFailureOf(e)
      }
    },
    setDirty(isDirty, newTitle) {
      dirty = isDirty
      title = newTitle
      document.title = `${isDirty ? '● ' : ''}${newTitle} - 整改通报编辑器`
    },
    setCurrentDocument(ref) {
      current = ref
      document.documentElement.dataset.document = current?.name ?? ''
    },
    // 浏览器里没有原生菜单，不会有菜单命令；快捷键由渲染进程自己监听（见 app/shortcuts.ts）。
    onMenuCommand: () => () => undefined,
  }
}
