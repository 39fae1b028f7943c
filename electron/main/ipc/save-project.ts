// 宿主方法 saveProject：保存工程文件。
import { basename, dirname, join } from 'node:path'
import type { SaveResult, TongbaoHost } from '../../../core/bridge/host'
import { fileNameStem } from '../../../core/derive/file-name'
import { TongbaoError } from '../../../core/messages/tongbao-error'
import { parseProject } from '../../../core/project/project-file'
import { writeFileAtomic } from '../../files/atomic-write'
import { PROJECT_EXTENSION, PROJECT_SAVE_FILTERS, safeFileName, withExtension } from '../files/file-filters'
import { pathKey } from '../files/recent-files'
import { fail, failureOf } from './failure'
import { discardWindowRecovery } from '../windows/discard-window-recovery'
import type { HandlerFactory } from './host-context'

/**
 * 保存工程文件：原子写入并保留 .bak。只有当页面给的路径正是本窗口打开/保存过的那个文件时才直接写，
 * 否则（新文档、另存为、路径对不上）一律弹出另存为对话框——写到哪里由用户在对话框里决定，不由页面决定。
 */
export const saveProject: HandlerFactory<TongbaoHost['saveProject']> = (ctx, state) => async (ref, text, options) => {
  const result = await save()
  if (result.ok && result.kind === 'saved') {
    if (state.closeAfterSave) ctx.closeSaved(state)
  } else if (state.closeAfterSave) {
    state.closeAfterSave = false
    ctx.closeCancelled()
  }
  return result

  async function save(): Promise<SaveResult> {
    try {
      parseProject(new TextEncoder().encode(text))
    } catch (e) {
      return fail('save.invalid-project', { detail: e instanceof TongbaoError ? e.message : '格式不符' })
    }
    const current = state.ref?.path ?? null
    const direct =
      !options.saveAs && ref?.path != null && current != null && pathKey(ref.path, ctx.platform) === pathKey(current, ctx.platform)
    let path = direct ? current : null
    if (path == null) {
      // 新文档的建议名由标题推导，与导出的文件名同一来源（core/derive/file-name.ts）；已有文件名时沿用它
      const suggested = (ref ? safeFileName(ref.name.replace(/\.tongbao$/i, '')) : fileNameStem(state.title)) + '.' + PROJECT_EXTENSION
      const picked = await ctx.dialogs.showSaveDialog(state.window, {
        title: options.saveAs ? '另存为' : '保存整改通报',
        defaultPath: join(current ? dirname(current) : ctx.documentsDir, suggested),
        filters: PROJECT_SAVE_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      })
      if (picked.canceled || !picked.filePath) return { ok: true, kind: 'cancelled' }
      path = withExtension(picked.filePath, PROJECT_EXTENSION)
      const other = ctx.windows.byPath(path)
      if (other && other !== state) return fail('save.open-elsewhere', { name: basename(path) })
    }
    try {
      await writeFileAtomic(path, text, { backup: true })
    } catch (e) {
      return failureOf('saveProject', e)
    }
    state.ref = { path, name: basename(path) }
    state.knownPaths.add(path)
    state.dirty = false
    await ctx.recent.add(path, ctx.now())
    await ctx.recentChanged()
    // 已经正常保存，自动保存的副本不再需要。
    await discardWindowRecovery(ctx, state)
    return { ok: true, kind: 'saved', ref: state.ref, savedAt: ctx.now().toISOString() }
  }
}
