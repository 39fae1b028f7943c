// 读起来是正文句子的独立标题：网页抓取丢了句号，一句正文（“压实……制定《……》，明确……，全面压实……”）
// 就成了楷体的措施标题。判断看它像不像句子：长、在引号书名号之外有几个分句；“关于/针对……问题的整改情况”是问题标题的固定说法，不算。
// 只看措施：方面和问题的标题按巡视原话，长而带逗号也是标题。
import type { Item } from '../model/notice'
import { Paragraph } from '../model/rich-text'
import { itemRule } from './item-rule'
import type { Fix } from './types'

/** 比这短的标题不算句子（样例中带逗号的方面标题如“提高站位，强化担当，坚决扛起巡察整改政治责任”为 22 字）。 */
const MIN_LENGTH = 30
const OPEN = '“‘《（(【「'
const CLOSE = '”’》）)】」'

/** 引号、书名号、括号之外的分句数（以逗号、分号、句号隔开；末尾的标点不另起一句）。 */
export function clauseCount(text: string): number {
  let depth = 0
  let clauses = 1
  const body = text.replace(/[，,；;。.]+$/, '')
  for (const ch of body) {
    if (OPEN.includes(ch)) depth++
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && /[，,；;。]/.test(ch)) clauses++
  }
  return clauses
}

/** 问题标题的固定说法：“关于/针对……问题（的整改（进展）情况）”。 */
const PROBLEM_FORM = /^(关于|针对).*(问题|情况|方面)(的整改(进展|落实)?情况|的整改)?[。.]?$/

/** 独立标题读起来是不是一句正文。 */
export function readsAsSentence(title: string): boolean {
  const t = title.trim()
  return t.length >= MIN_LENGTH && clauseCount(t) >= 3 && !PROBLEM_FORM.test(t)
}

/** “与下文合并为正文”：标题句补上句号，接在第一段正文之前（没有正文时自成一段），条目不再有标题。 */
function mergedIntoBody(item: Item): Item {
  const t = item.title.trim()
  const sentence = /[。！？]$/.test(t) ? t : t.replace(/[，,；;：:、.]+$/, '') + '。'
  const [first, ...rest] = item.body
  const body = first ? [{ ...first, children: [{ text: sentence }, ...first.children] }, ...rest] : [Paragraph.of(sentence)]
  return { ...item, title: '', runIn: false, body }
}

export const headingSentence = itemRule({
  meta: {
    code: 'TB057',
    title: '读起来是正文的标题',
    name: 'heading-sentence',
    severity: 'warning',
    messages: {
      sentence: '这个独立标题读起来是一句正文（{{length}} 字、{{clauses}} 个分句），可能是原文丢了句号',
    },
    description:
      '独立成段的措施标题读起来是一句正文（30 字以上、引号书名号之外有三个以上分句，且不是“关于……问题的整改情况”的问题标题）时报告：多半是原文丢了句号，正文被排成了楷体标题。候选修改“与下文合并为正文”把它接到正文开头，“改为与正文同段”把它作为标题句（以句号收束）。',
  },
  sections: ['organization', 'rectification', 'nextSteps'],
  checkItem(item, path, _context, report) {
    if (item.role !== 'measure' || item.runIn || !readsAsSentence(item.title)) return
    const title = item.title.trim()
    const suggestions: Fix[] = [
      { kind: 'set-value', label: '与下文合并为正文', path, value: mergedIntoBody(item) },
      { kind: 'set-value', label: '改为与正文同段', path: [...path, 'runIn'], value: true },
    ]
    report({
      messageId: 'sentence',
      data: { length: title.length, clauses: clauseCount(title) },
      location: { path: [...path, 'title'], range: [0, item.title.length] },
      suggestions,
    })
  },
})
