// 编辑器同步（Slate 内容 → 通报）加增量校验的开销：50 万字通报改一段后。
// 对照：不做结构共享（每次同步整篇重建对象，校验器的条目缓存全部失效，只能按文字命中）。
import { Editor, Transforms } from 'slate'
import { SECTION_KEYS, type Notice } from '../../core/model'
import { noticeText } from '../../core/document/blocks'
import { createValidator } from '../../core/rules'
import { createEditors, withSections } from '../../renderer/document/editors'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { valueToSection } from '../../renderer/editor/notice-value'
import { largeNotice } from './editor.bench'
import { performance } from 'node:perf_hooks'
import type { BenchRow } from './harness'

const TODAY = '2025-06-30'

/** 改动前的做法：三个部分都由编辑器内容重建。 */
function rebuiltSections(notice: Notice, editors: ReturnType<typeof createEditors>): Notice {
  const out = { ...notice }
  for (const key of SECTION_KEYS) out[key] = valueToSection(editors[key].children)
  return out
}

export async function run(): Promise<BenchRow[]> {
  const start = largeNotice(500_000)
  const chars = noticeText(start).length
  const rows: BenchRow[] = []
  for (const [label, sync] of [
    ['结构共享', withSections],
    ['整篇重建（对照）', rebuiltSections],
  ] as const) {
    const editors = createEditors(start)
    const editor = editors.rectification
    const bodies = (editor.children as NoticeElement[]).flatMap((el, i) => (el.type === 'item-body' ? [i] : []))
    const validator = createValidator()
    let notice = sync(start, editors)
    validator.validate(notice, { today: TODAY })
    let k = 0
    // 只计同步与校验：Slate 自身处理这次输入的时间不算在内（两种做法相同）。
    const times: number[] = []
    for (let run = 0; run < 23; run++) {
      const at = bodies[(k++ * 7919) % bodies.length]!
      Transforms.insertText(editor, '字', { at: Editor.end(editor, [at]) })
      const t0 = performance.now()
      notice = sync(notice, editors)
      validator.validate(notice, { today: TODAY })
      if (run >= 3) times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    rows.push({
      name: `同步 + 增量校验：${(chars / 10000).toFixed(1)} 万字改一段（${label}）`,
      medianMs: times[Math.floor(times.length / 2)]!,
      p95Ms: times[Math.ceil(times.length * 0.95) - 1]!,
      note: `重查 ${validator.lastRechecked} 个文字单元`,
    })
  }
  return rows
}
