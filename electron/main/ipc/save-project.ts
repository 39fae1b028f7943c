// 宿主方法 saveProject：保存工程文件。
import { basename, dirname, join } from 'node:path'
import type { SaveResult, TongbaoHost } from '../../../core/bridge/host'
import { parseProject } from '../../../core/project/project-file'
import { writeFileAtomic } from '../../files/atomic-write'
import { PROJECT_EXTENSION, PROJECT_SAVE_FILTERS, safeFileName, withExtension } from '../files/file-filters'
import { pathKey } from '../files/recent-files'
import { writeFailureMessage } from '../files/write-failure-message'
import { discardWindowRecovery } from '../windows/discard-window-recovery'
import type { HandlerFactory } from './host-context'

/**
 * 保存工程文件：原子写入并保留 .bak。只有当页面给的路径正是本窗口打开/保存过的那个文件时才直接写，
 * 否则（新文档、另存为、路径对不上）一律弹出另存为对话框——写到哪里由用户在对话框里决定，不由页面决定。
 */
export const saveProject: HandlerFactory<TongbaoHost['saveProject']> = (ctx, state) => async (ref, text, options) => {
  const result = await save()
  if (result.kind === 'saved') {
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
      return { kind: 'failed', message: `无法保存：要保存的内容不是有效的整改通报（${e instanceof Error ? e.message : '格式不符'}）。请把问题反馈给维护人员。` }
    }
    const current = state.ref?.path ?? null
    const direct = !options.saveAs && ref?.path != null && current != null && pathKey(ref.path, ctx.platform) === pathKey(current, ctx.platform)
    let path = direct ? current : null
    if (path == null) {
      const suggested = safeFileName((ref?.name ?? state.title).replace(/\.tongbao$/i, '')) + '.' + PROJECT_EXTENSION
      const picked = await ctx.dialogs.showSaveDialog(state.window, {
        title: options.saveAs ? '另存为' : '保存整改通报',
        defaultPath: join(current ? dirname(current) : ctx.documentsDir, suggested),
        filters: PROJECT_SAVE_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      })
      if (picked.canceled || !picked.filePath) return { kind: 'cancelled' }
      path = withExtension(picked.filePath, PROJECT_EXTENSION)
      const other = ctx.windows.byPath(path)
      if (other && other !== state) return { kind: 'failed', message: '无法保存：该文件已在另一个窗口中打开。请先关闭那个窗口，或换一个文件名。' }
    }
    try {
      await writeFileAtomic(path, text, { backup: true })
    } catch (e) {
      return { kind: 'failed', message: writeFailureMessage(e) }
    }
    state.ref = { path, name: basename(path) }
    state.knownPaths.add(path)
    state.dirty = false
    await ctx.recent.add(path, ctx.now())
    await ctx.recentChanged()
    // 已经正常保存，自动保存的副本不再需要。
    await discardWindowRecovery(ctx, state)
    return { kind: 'saved', ref: state.ref, savedAt: ctx.now().toISOString() }
  }
}
