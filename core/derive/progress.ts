import { Item } from '../model/item'
import type { Notice } from '../model/notice'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'

export interface Progress {
  aspects: number
  problems: number
  done: number
  basicallyDone: number
  ongoing: number
  measures: number
}

/** 整改进度：只数逐条整改部分中的条目。 */
export function progress(notice: Notice): Progress {
  const items = notice.rectification.items
  return {
    aspects: Item.count(items, (i) => i.role === 'aspect'),
    problems: Item.count(items, (i) => i.role === 'problem'),
    done: Item.count(items, (i) => i.role === 'problem' && i.status === '已完成'),
    basicallyDone: Item.count(items, (i) => i.role === 'problem' && i.status === '基本完成'),
    ongoing: Item.count(items, (i) => i.role === 'problem' && i.status === '持续推进'),
    measures: Item.count(items, (i) => i.role === 'measure'),
  }
}

/** “巡视反馈的4个方面33个问题，已完成整改30个” */
export function progressSentence(notice: Notice): string {
  const p = progress(notice)
  const t = templateFor(notice.meta.kind)
  return fill(
    t.boilerplate.progress,
    {
      kind: notice.meta.kind,
      aspects: p.aspects ? `${p.aspects}个方面` : '',
      problems: String(p.problems),
      done: String(p.done),
    },
    t.placeholder,
  )
}
