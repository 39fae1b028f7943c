import type { Notice } from '../model/notice'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'
import { metaValues } from './values'

/** 标题：手写优先，否则“{机关}关于{轮次}{巡视}整改进展情况的通报”。 */
export function noticeTitle(notice: Notice): string {
  if (notice.title.override !== null) return notice.title.override
  const t = templateFor(notice.meta.kind)
  return fill(t.boilerplate.title, metaValues(notice), t.placeholder)
}
