/**
 * 文本保真度：导入结果的全文与原文逐句比对。比对前两边作同样的规整，规则如下（报告中引用）：
 * 1. 去掉全部空白（含不间断空格、全角空格）；
 * 2. 不比序号：原文去掉每段开头的序号（一、 （一） 1. （1） 及残缺的“)”），导入结果取 noticeBlocks
 *    中不含序号的文字（标题 + 正文）。模型不存序号而由层级推导，原文的序号可能残缺或层级样式不同
 *    （样例 003 的“1.”在导出时按 GB/T 9704 写作“（一）”）；
 * 3. 标点折叠为同一宽度（，：；（）！？ 与 , : ; ( ) ! ? 视为相同），因原文常混用半角标点；
 * 4. 只有一个日期的段落（落款日期）按日期值比较：模型把落款日期存为日期，“2024222”与“2024年2月22日”是同一天；
 * 5. 问题清单（表格）按行读：表头和序号列是结构，不比；每行依次读问题类别（有则为方面标题）、问题、正文各列（措施、进展，
 *    未知列与读不出日期的时限带表头标签），存进字段的时限、责任单位、状态各记作一句“〔整改时限2024-06-30〕。”；
 *    导入结果一侧在条目自己的各段之后同样记下它的字段，两侧写法相同（条目文字里已写着状态标签的，两侧都不另记状态）；
 *    单元格里的文字是原文，不去段首序号；
 * 6. 规整后拼成一串，按句末标点（。！？）切成句子，求两边句子序列的最长公共子序列。
 * 得分 = 公共句数 ÷ 两边句数的较大者：漏一句、多一句、重复一句都会扣分，100% 表示逐句一致。
 */
import { noticeBlocks } from '../document/blocks'
import { getAtPath, type Item } from '../model/item'
import type { ItemStatus, Notice } from '../model/notice'
import { lineDate } from './damaged-dates'
import { stripMarker } from './markers'
import { withoutSpace } from './paragraphs'
import { type Column, continuationBody, fieldSentences, isTableRow, type ProblemRow, readRow, tableHeader } from './problem-table'
import { statusLabel } from './status-label'

/** 字段中的状态是否另记一句：条目文字里已写着状态标签（“（已完成）”“整改状态：持续推进”）时不记，两侧同一规则。 */
function statedStatus(texts: string[], status: ItemStatus | null): ItemStatus | null {
  return status && statusLabel(texts) === null ? status : null
}

/** 原文的一段；表格单元格里的文字不去段首序号（单元格里的“（一）”是原文，导入后照样在正文里）。 */
interface SourceParagraph {
  text: string
  keepMarker?: true
}

/** 原文的阅读顺序：问题清单的表头去掉，每行展开成问题、正文各段和字段句（第 5 条）。 */
export function sourceReadingOrder(paragraphs: string[]): SourceParagraph[] {
  const out: SourceParagraph[] = []
  let columns: Column[] | null = null
  // 上一个问题的字段句：接续行（合并单元格）的文字也属于这个问题，字段句记在它们之后。
  let pending: string[] = []
  let texts: string[] = []
  let lastRow: ProblemRow | null = null
  const cell = (text: string): SourceParagraph => ({ text, keepMarker: true })
  const flush = () => {
    out.push(...pending.map(cell))
    pending = []
  }
  for (const p of paragraphs) {
    const header = tableHeader(p)
    const continued = !header && columns && isTableRow(p) && texts.length ? continuationBody(p, columns) : null
    if (continued) {
      out.push(...continued.map(cell))
      texts.push(...continued)
      // 状态是否另记，要看接续行之后这个问题的全部文字。
      pending = fieldSentences({ ...lastRow!, status: statedStatus(texts, lastRow!.status) })
      continue
    }
    flush()
    texts = []
    if (header) columns = header
    else if (columns && isTableRow(p)) {
      const row = readRow(p, columns)
      lastRow = row
      texts = [row.title, ...row.body]
      out.push(...[...(row.category ? [row.category] : []), ...texts].map(cell))
      pending = fieldSentences({ ...row, status: statedStatus(texts, row.status) })
    } else out.push({ text: p })
  }
  flush()
  return out
}

const FOLD: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '．': '.' }

function normaliseParagraph(p: string, strip: boolean): string {
  const s = strip ? withoutSpace(stripMarker(withoutSpace(p))) : withoutSpace(p)
  const date = lineDate(s)
  if (date.length === 1) return `〔${date[0]!.start}〕`
  return s.replace(/[，：；（）！？．]/g, (c) => FOLD[c]!)
}

/** 规整后的句子序列。 */
export function comparableSentences(paragraphs: (string | SourceParagraph)[], stripMarkers: boolean): string[] {
  const text = paragraphs
    .map((p) => (typeof p === 'string' ? normaliseParagraph(p, stripMarkers) : normaliseParagraph(p.text, stripMarkers && !p.keepMarker)))
    .join('')
  return text.split(/(?<=[。!?])/).filter((s) => s !== '')
}

export interface Fidelity {
  /** 0–1 */
  score: number
  sourceSentences: number
  modelSentences: number
  /** 原文有、导入结果没有的句子 */
  missing: string[]
  /** 导入结果有、原文没有（或多出一次）的句子 */
  extra: string[]
}

/** 导入结果的各段文字（按 noticeBlocks 的顺序，不含推导出的序号）。 */
export function modelParagraphs(notice: Notice): string[] {
  return noticeBlocks(notice).map((b) => b.heading + b.runs.map((r) => r.text).join(''))
}

/** 导入结果的阅读顺序：各段文字，条目自己的各段之后跟着它存进字段的时限、责任单位、状态（第 5 条）。 */
export function modelReadingOrder(notice: Notice): string[] {
  const out: string[] = []
  let pending: { key: string; fields: string[] } | null = null
  for (const b of noticeBlocks(notice)) {
    // 块属于哪个条目：路径中最后一个 title/body 之前的部分。条目自己的各段连在一起，之后才是下级条目。
    const at = Math.max(b.path.lastIndexOf('title'), b.path.lastIndexOf('body'))
    const itemPath =
      at > 0 && (b.path[0] === 'organization' || b.path[0] === 'rectification' || b.path[0] === 'nextSteps') && b.path[1] === 'items'
        ? b.path.slice(0, at)
        : null
    const key = itemPath ? itemPath.join('/') : ''
    if (pending && pending.key !== key) {
      out.push(...pending.fields)
      pending = null
    }
    out.push(b.heading + b.runs.map((r) => r.text).join(''))
    if (itemPath && !pending) {
      const item = getAtPath(notice, itemPath) as Item | undefined
      if (item) {
        const texts = [item.title, ...item.body.map((p) => p.children.map((r) => r.text).join(''))]
        pending = {
          key,
          fields: fieldSentences({ deadline: item.deadline, responsible: item.responsible, status: statedStatus(texts, item.status) }),
        }
      }
    }
  }
  if (pending) out.push(...pending.fields)
  return out
}

/** 逐句比对原文段落与导入结果。 */
export function textFidelity(sourceParagraphs: string[], notice: Notice): Fidelity {
  const a = comparableSentences(sourceReadingOrder(sourceParagraphs), true)
  const b = comparableSentences(modelReadingOrder(notice), false)
  // 最长公共子序列（句子级，几百句，O(n·m) 足够快）。
  const n = a.length
  const m = b.length
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!)
  }
  const missing: string[] = []
  const extra: string[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++
      j++
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) missing.push(a[i++]!)
    else extra.push(b[j++]!)
  }
  missing.push(...a.slice(i))
  extra.push(...b.slice(j))
  const common = dp[0]![0]!
  const denominator = Math.max(n, m)
  return { score: denominator === 0 ? 1 : common / denominator, sourceSentences: n, modelSentences: m, missing, extra }
}
