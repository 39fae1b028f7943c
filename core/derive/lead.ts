import { type RichText, RichText as RT } from '../model/rich-text'
import type { Notice } from '../model/notice'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'
import { metaValues } from './values'

/** 导语：手写优先，否则由巡视/巡察信息生成一句话。 */
export function noticeLead(notice: Notice): RichText {
  if (notice.lead.override !== null) return notice.lead.override
  const t = templateFor(notice.meta.kind)
  return RT.of(fill(t.boilerplate.lead, metaValues(notice), t.placeholder))
}
