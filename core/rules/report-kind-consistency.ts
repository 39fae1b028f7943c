// 标题与导语说的是同一种通报：“整改进展情况”（阶段性）或“整改情况”（整改完成后）。
import { noticeTitle } from '../derive/title'
import { RichText } from '../model/rich-text'
import { noticeRule } from './notice-rule'

const ANNOUNCE = /(巡视|巡察)整改(进展)?情况予以公布/g

export const reportKindConsistency = noticeRule({
  meta: {
    code: 'TB053',
    title: '导语与标题的报告类型不一致',
    name: 'report-kind-consistency',
    severity: 'warning',
    messages: { differs: '标题是“{{titleKind}}”的通报，导语却说“{{found}}”' },
    description: '标题写“整改进展情况”时，手写导语也应说“现将……整改进展情况予以公布”；标题写“整改情况”时反之。给出按标题改写导语的候选。',
  },
  check(notice, report) {
    const lead = notice.lead.override
    if (lead === null || !notice.parts.includes('lead') || !notice.parts.includes('title')) return
    const title = noticeTitle(notice)
    const titleProgress = title.includes('整改进展情况')
    if (!titleProgress && !title.includes('整改情况')) return
    RichText.texts(lead).forEach((text, i) => {
      for (const m of text.matchAll(ANNOUNCE)) {
        if (Boolean(m[2]) === titleProgress) continue
        const range: [number, number] = [m.index, m.index + m[0].length]
        const right = `${m[1]}整改${titleProgress ? '进展' : ''}情况予以公布`
        report({
          messageId: 'differs',
          data: { titleKind: titleProgress ? '整改进展情况' : '整改情况', found: m[0] },
          location: { path: ['lead', 'override', i], range },
          suggestions: [{ kind: 'replace-text', label: `改为“${right}”`, at: { path: ['lead', 'override', i], range }, text: right }],
        })
      }
    })
  },
})
