/** 标题行的识别与拆解：{机关}关于{轮次/专项}{巡视|巡察}整改{进展}情况的通报。 */
import type { InspectionKind, ReportKind } from '../model/notice'

export interface TitleMeta {
  /** 去掉栏目标签后的标题原文 */
  title: string
  /** 网站加在标题前的栏目标签，如“【巡察进行时】”（不属于标题）。 */
  tag: string | null
  issuer: string | null
  roundLabel: string | null
  topic: string | null
  kind: InspectionKind | null
  reportKind: ReportKind | null
}

const TAG = /^【[^】]{1,16}】/

/** 这一段像不像通报标题：以“通报”结尾、不长、不含句号。 */
export function isTitleLine(line: string): boolean {
  const t = line.replace(TAG, '')
  return t.length <= 100 && /通报$/.test(t) && !/[。；;]/.test(t)
}

export function parseTitle(line: string): TitleMeta {
  const tag = TAG.exec(line)?.[0] ?? null
  const title = tag ? line.slice(tag.length) : line
  const m = /^(.*?)关于(.*?)(巡视|巡察)(?:工作)?整改(?:工作)?(进展|落实)?情况的通报$/.exec(title)
  if (!m) {
    const kind = /巡察/.test(title) ? '巡察' : /巡视/.test(title) ? '巡视' : null
    return { title, tag, issuer: /^(.*?)关于/.exec(title)?.[1] || null, roundLabel: null, topic: null, kind, reportKind: null }
  }
  const mid = m[2]!
  const topic = /^(.+?)专项$/.exec(mid)?.[1] ?? null
  return {
    title,
    tag,
    issuer: m[1] || null,
    roundLabel: topic ? null : mid || null,
    topic,
    kind: m[3] as InspectionKind,
    reportKind: m[4] === '进展' ? '整改进展情况' : '整改情况',
  }
}
