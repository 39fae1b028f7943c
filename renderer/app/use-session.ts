/** 打开的文档（会话）从哪里来：新建、打开或导入文件、从上一份通报开始、从恢复副本恢复；以及离开前的确认。 */
import { useCallback, useLayoutEffect, useRef, useState, useTransition } from 'react'
import type { MenuCommand, PickedFile, RecoveryItem } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { NextRoundMode } from '../../core/next-round/start-next-round'
import { characterCount } from '../../core/derive/character-count'
import { createNotice } from '../../core/template/new-notice'
import { host } from '../host/host'
import { importInWorker } from '../import/import-job'
import type { CarryOver } from './carry-over-banner'
import { nextRound } from './core-services'
import { describeError, type OpenedNotice, openPicked } from './open-file'
import type { Session } from './session'

const newKey = () => crypto.randomUUID()
/**
 * 这么多字起，新文档的编辑界面在后台（过渡里）渲染。以下的（最大的样例不到 2 万字）渲染不到一百毫秒，照旧一次换上：
 * 不出现“旧界面加上‘正在排版’”的中间状态。
 */
const RENDER_IN_BACKGROUND_FROM = 50_000
/** 开始一份文档的菜单命令（其余由编辑界面处理） */
export const FILE_COMMANDS: MenuCommand[] = ['new-xunshi', 'new-xuncha', 'open', 'start-follow-up', 'start-new-round', 'import']
/** 从上一份通报开始的两种方式 */
const START_MODE: Partial<Record<MenuCommand, NextRoundMode>> = { 'start-follow-up': 'follow-up', 'start-new-round': 'new-round' }

/** 新一轮开始前要问的（上一轮分了方面时）：见 new-round-choice.tsx。 */
export interface NewRoundQuestion {
  previous: Notice
  aspects: string[]
  name: string
}

export function useSession() {
  const [session, setSession] = useState<Session | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [carried, setCarried] = useState<CarryOver | null>(null)
  const [choice, setChoice] = useState<NewRoundQuestion | null>(null)
  /** 直接打开文件启动时要提示的恢复副本（见 recovery-offer.tsx） */
  const [offer, setOffer] = useState<RecoveryItem[]>([])
  const dirty = useRef(false)
  /**
   * 换上一份大文档时，它的编辑界面在过渡（transition）里渲染：50 万字的通报要渲染一秒多，分片进行时界面照常响应点击与菜单，
   * 渲染完才一次换上（此前是一个一秒多的长任务，什么都点不动）。其间 opening 为 true。
   */
  const [opening, startOpening] = useTransition()
  /** 屏幕上（已提交）的会话与提示：后台渲染中“取消”时回到它们。过渡里还没换上的不算（effect 只随提交运行）。 */
  const shown = useRef({ session, carried })
  useLayoutEffect(() => {
    shown.current = { session, carried }
  }, [session, carried])
  /** 开始换文档前，原来的文档有没有未保存的修改（取消时还原） */
  const dirtyBefore = useRef(false)

  const begin = useCallback((notice: Notice, opened: Partial<Session> = {}, carried: CarryOver | null = null) => {
    dirtyBefore.current = dirty.current
    dirty.current = opened.dirty ?? false
    setMessage(null)
    // 带过来的内容提示与新文档一起出现，不先出现在旧的界面上
    const swap = () => {
      setCarried(carried)
      setSession({
        docKey: opened.docKey ?? newKey(),
        ref: opened.ref ?? null,
        notice,
        importFindings: opened.importFindings ?? [],
        dirty: opened.dirty ?? false,
        project: opened.project,
      })
    }
    if (characterCount(notice) >= RENDER_IN_BACKGROUND_FROM) startOpening(swap)
    else swap()
  }, [])

  /**
   * 后台渲染中的“取消”：以紧急更新把会话设回屏幕上的那份。React 先丢下渲染到一半的过渡，再把两次更新依次算完，
   * 结果仍是原来的会话，原样保留、不再渲染新文档。
   */
  const cancelOpening = useCallback(() => {
    dirty.current = dirtyBefore.current
    setCarried(shown.current.carried)
    setSession(shown.current.session)
  }, [])

  /** 有未保存的修改时先问一句；读 ref，不必做 effect 的依赖。 */
  const mayLeave = useCallback(() => !dirty.current || window.confirm(formatMessage({ code: 'app.leave-unsaved' })), [])

  const start = useCallback(
    async (previous: Notice, mode: NextRoundMode, keepAspects: boolean, name: string) => {
      try {
        const next = await nextRound(previous, mode, { keepAspects })
        begin(next.notice, { dirty: true }, { mode: next.mode, summary: next.summary })
      } catch {
        setMessage(formatMessage({ code: 'app.cannot-start-from', params: { name } }))
      }
    },
    [begin],
  )

  const openFile = useCallback(
    async (file: PickedFile, startMode: NextRoundMode | null) => {
      const outcome = await openPicked(file)
      if (outcome.kind === 'cancelled') return
      if (outcome.kind === 'error') return setMessage(outcome.message)
      const opened: OpenedNotice = outcome.opened
      if (!startMode)
        return begin(opened.notice, {
          ref: opened.ref,
          importFindings: opened.findings,
          dirty: opened.ref === null,
          project: opened.project,
        })
      const aspects = opened.notice.rectification.items.filter((i) => i.role === 'aspect').map((i) => i.title)
      // 新一轮：上一轮分了方面时，先问要不要留方面标题（见 new-round-choice.tsx）
      if (startMode === 'new-round' && aspects.length > 0) return setChoice({ previous: opened.notice, aspects, name: file.ref.name })
      await start(opened.notice, startMode, false, file.ref.name)
    },
    [begin, start],
  )

  /** 新建、打开、导入、从上一份开始（菜单、开始页、快捷键）。 */
  const fileCommand = useCallback(
    async (c: MenuCommand) => {
      if (!mayLeave()) return
      try {
        switch (c) {
          case 'new-xunshi':
            return begin(createNotice('巡视'))
          case 'new-xuncha':
            return begin(createNotice('巡察'))
          case 'open':
          case 'import':
          case 'start-follow-up':
          case 'start-new-round': {
            const picked = await host.pickFile(c === 'open' ? 'open' : c === 'import' ? 'import' : 'previous-round')
            if (!picked.ok) return setMessage(formatMessage(picked))
            if (picked.file) await openFile(picked.file, START_MODE[c] ?? null)
            return
          }
        }
      } catch (e) {
        setMessage(describeError(e, '所选文件'))
      }
    },
    [begin, openFile, mayLeave],
  )

  const openRecent = async (path: string) => {
    const read = await host.readRecent(path)
    if (!read.ok) return setMessage(formatMessage(read))
    await openFile(read.file, null)
  }

  const restore = async (id: string) => {
    setOffer([])
    try {
      const items = await host.listRecovery()
      const item = items.find((r) => r.id === id)
      const restored = await host.restoreRecovery(id)
      if (!restored.ok) return setMessage(formatMessage(restored))
      // 与打开工程文件一样在 Worker 里解析与校验。
      const outcome = await importInWorker('恢复副本.tongbao', new TextEncoder().encode(restored.text))
      if (outcome.kind === 'cancelled') return
      const notice = outcome.result.notice
      const path = item?.documentPath ?? null
      begin(notice, {
        docKey: id,
        dirty: true,
        ref: path ? { path, name: path.split(/[\\/:]/).pop() ?? path } : null,
        project: outcome.result.project,
      })
    } catch (e) {
      setMessage(describeError(e, '恢复副本'))
    }
  }

  const goHome = () => {
    if (!mayLeave()) return
    dirty.current = false
    setMessage(null)
    setCarried(null)
    setOffer([])
    setSession(null)
    host.setCurrentDocument(null)
  }

  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d
  }, [])

  return {
    session,
    opening,
    cancelOpening,
    message,
    setMessage,
    carried,
    setCarried,
    choice,
    setChoice,
    offer,
    setOffer,
    begin,
    mayLeave,
    start,
    openFile,
    fileCommand,
    openRecent,
    restore,
    goHome,
    onDirtyChange,
  }
}
