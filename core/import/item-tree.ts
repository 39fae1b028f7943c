/**
 * 由一串段落建出条目树。各种序号样式按在本部分中首次出现的先后定层级（先出现的在上层），
 * 所以“1.”在上、“（1）”在下（样例 003）与“（一）”“1.”“（1）”三层（样例 004）都能读对。
 * 序号本身不存：它由层级位置推导，原文的序号只用来建树。
 */
import { importFinding, type ImportRule } from '../rules/import-rules'
import type { MessageData } from '../rules/types'
import { Item } from '../model/item'
import type { Path } from '../model/item'
import type { ItemRole } from '../model/notice'
import { Marker } from '../model/numbering'
import { itemLevel } from '../document/numbering'
import { childRole, roleRank } from '../document/roles'
import { Paragraph } from '../model/rich-text'
import type { Finding } from '../rules/types'
import { kindAtLevel, MARKER_LEVEL, type MarkerKind, readMarker } from './markers'
import { type Column, continuationBody, isTableRow, type ProblemRow, readRow, tableHeader } from './problem-table'
import { LIMITS, LimitError } from './limits'
import { firstSentenceEnd, splitRunIn } from './sentences'
import { statusLabel } from './status-label'

/** 导入发现的草稿：规则、结果文字编号、数据；所在段落（bodyIndex）在转成条目时才换成路径。 */
interface Note {
  rule: ImportRule
  messageId: string
  data?: MessageData
  bodyIndex?: number
}

interface Node {
  /** 序号后的文字（标题或标题句加正文） */
  head: string
  body: string[]
  children: Node[]
  level: number
  kind: MarkerKind | 'unnumbered' | 'table-row' | 'table-category'
  value: number | null
  /** 问题清单的一行读出的字段（只有表格行有）。 */
  row?: ProblemRow
  /** 建树时的修复记录，路径在定稿后补上。 */
  /** 导入发现（位置在转成条目时才知道）：规则、结果文字编号与数据 */
  notes: Note[]
}

export interface ItemTree {
  /** 第一个编号条目之前的段落 */
  preamble: string[]
  items: Item[]
  findings: Finding[]
}

/**
 * 粘贴处：光标所在条目及其各级上级的角色（自顶层起，下标即深度；光标不在条目里时为空），和部分有没有标题。
 * 各深度的序号样式由此推出（与编辑器显示的编号同一推导），粘贴的序号按它们接到已有的层级上。
 */
export interface ItemContext {
  ancestors: readonly ItemRole[]
  headed: boolean
}

/** 放到粘贴处的条目：每个最上层的粘贴条目带着它在本部分中的深度（下级在 children 里）。 */
export interface PlacedItems {
  /** 第一个编号条目之前的段落：留在光标所在处 */
  preamble: string[]
  items: { item: Item; depth: number }[]
}

/** “针对“…”问题的整改进展情况。”这样独立成段、缺了序号的问题标题。 */
const PROBLEM_HEADING = /^(针对|关于)[^。]{2,160}问题(的整改(进展|落实)?情况|的整改)?[。.]?$/
/** 新段落的惯常开头：这样开头的段落不是上一段断开的后半句。 */
const PARAGRAPH_OPENER = /^([一二三四五六七八九十]+是|整改情况|同时|目前|此外|另外|针对|关于|截至|下一步|在|对|经)/

const TITLE_MAX = 40

function newNode(head: string, level: number, kind: Node['kind'], value: number | null): Node {
  return { head, body: [], children: [], level, kind, value, notes: [] }
}

/** 序号的规范写法（GB/T 9704 7.3.3），与编辑器、导出的编号同一格式。 */
function markerLabel(kind: MarkerKind, value: number): string {
  return Marker.format(kind === 'bare-paren' ? 4 : MARKER_LEVEL[kind], value)
}

/** 一组同级条目里用过的序号样式与各样式的最后一个值：核对序号连续时不必回头扫描全部同级（那会是平方级）。 */
interface Siblings {
  kinds: Set<Node['kind']>
  last: Map<MarkerKind, number>
}

/** 同级中按原文序号接下去应有的值；同级混用了别的序号样式时不作判断（返回 null）。 */
function siblingNumber(siblings: Siblings | undefined, kind: MarkerKind): number | null {
  if (siblings && [...siblings.kinds].some((k) => k !== kind && k !== 'unnumbered')) return null
  const last = siblings?.last.get(kind)
  return last === undefined ? 1 : last + 1
}

const HAN = /[\u4e00-\u9fa5]/

/** 以汉字结尾（只看最后一个字，不让正则从头扫描整段）。 */
function endsWithHan(s: string): boolean {
  return s.length > 0 && HAN.test(s[s.length - 1]!)
}

/**
 * 段落 → 节点树。有粘贴处（context）时，栈里先放上光标所在条目和各级上级的占位节点，它们的序号样式先定下层级：
 * 与它们同样式的序号成为同级，新样式从光标条目的下一层起排。占位节点本身不输出；挂在它们下面的节点列在 roots 里，
 * 节点的 level 即在部分中的深度。没有 context 时与导入完全相同。
 */
export function buildItemTree(paragraphs: string[], context?: ItemContext): { preamble: string[]; roots: Node[] } {
  const preamble: string[] = []
  const roots: Node[] = []
  const levelOf = new Map<MarkerKind, number>()
  const stack: Node[] = []
  const placeholders = new Set<Node>()
  // 带“一、”的片段来自没有部分标题的通报（那里条目从“一、”起）：粘进有标题的部分时按它原来的层次对上，
  // 否则“一、”会排到“（一）”之下。
  const headed = context?.headed === true && !paragraphs.some((p) => readMarker(p)?.marker.kind === 'han')
  for (let depth = 0; depth < (context?.ancestors.length ?? 0); depth++) {
    const kind = kindAtLevel(itemLevel(depth, headed))
    if (!levelOf.has(kind)) levelOf.set(kind, depth)
    const node = newNode('', depth, kind, null)
    placeholders.add(node)
    stack.push(node)
  }
  const top = () => stack[stack.length - 1]
  /** 可以接收正文的当前节点：占位节点（已有条目）不收，正文留在粘贴处（preamble）。 */
  const owner = () => {
    const t = top()
    return t && !placeholders.has(t) ? t : undefined
  }
  // 各组同级（以其数组为键）的序号记录，见 siblingNumber。
  const siblingsOf = new Map<Node[], Siblings>()
  let count = 0
  const attach = (node: Node) => {
    if (++count > LIMITS.items) throw new LimitError('limit.too-many-items', { limit: LIMITS.items.toLocaleString('en-US') })
    const parent = stack[node.level - 1]
    const list = node.level === 0 || !parent ? roots : parent.children
    list.push(node)
    if (parent && placeholders.has(parent)) roots.push(node)
    const seen = siblingsOf.get(list) ?? { kinds: new Set(), last: new Map() }
    siblingsOf.set(list, seen)
    seen.kinds.add(node.kind)
    if (node.value !== null) seen.last.set(node.kind as MarkerKind, node.value)
    stack.length = node.level
    stack.push(node)
  }
  // 正在接回的一段：断开的各行先收在数组里，换到别处时才合成一个字符串
  // （每接一行就拼一次再用正则查结尾，是平方级的：20 万行要几分钟）。
  let joining: { node: Node; parts: string[] } | null = null
  const finishJoin = () => {
    if (!joining) return
    joining.node.body[joining.node.body.length - 1] = joining.parts.join('')
    joining = null
  }

  // 问题清单的表头：之后带制表符的段落都是它的行（表头本身是结构，和序号一样不进模型）。
  let columns: Column[] | null = null
  // 刚读过的表格行（同一张表内、中间没有别的段落）：其后的接续行是它的续写。
  let lastRow: Node | null = null
  for (const p of paragraphs) {
    // 接着上一行接：条件与下面第一次接回时相同（没有序号、不是表格行、前段以汉字结尾、本段不像新段落的开头）。
    // 一段只记一条修复：断成几十万行的一段不该变成几十万条提示。
    if (
      joining &&
      endsWithHan(joining.parts[joining.parts.length - 1]!) &&
      !PARAGRAPH_OPENER.test(p) &&
      !tableHeader(p) &&
      !(columns && isTableRow(p)) &&
      !readMarker(p)
    ) {
      joining.parts.push(p)
      continue
    }
    finishJoin()
    const header = tableHeader(p)
    if (header) {
      columns = header
      lastRow = null
      continue
    }
    if (columns && isTableRow(p)) {
      const continued = lastRow ? continuationBody(p, columns) : null
      if (continued) {
        // 合并单元格的接续行：上一个问题的续写。
        for (const c of continued) lastRow!.body.push(c)
        continue
      }
      // 一行一个问题，挂在最近的“一、”“（一）”方面之下（没有则在本部分顶层），与表格前的措施条目平级而非其下级。
      // 有“问题类别”列时，类别格不空的行先开一个方面，其后类别格空着（合并单元格）的行都在它下面。
      const row = readRow(p, columns)
      const anchors: Node['kind'][] = row.category ? ['han', 'paren-han'] : ['han', 'paren-han', 'table-category']
      let level = stack.length
      while (level > 0 && !anchors.includes(stack[level - 1]!.kind)) level--
      if (row.category) {
        attach(newNode(row.category, level, 'table-category', null))
        level++
      }
      const node = newNode(row.title, level, 'table-row', null)
      node.body = [...row.body]
      node.row = row
      attach(node)
      lastRow = node
      continue
    }
    lastRow = null
    const read = readMarker(p)
    if (read && !(read.marker.kind === 'bare-paren' && !owner())) {
      let { kind, value } = read.marker
      const notes: Node['notes'] = []
      if (kind === 'bare-paren') {
        // 只剩“)”的序号：按最近一个括号序号的层级补全，序号接着上一个兄弟。
        const sibling = [...stack].reverse().find((n) => n.kind === 'paren-han' || n.kind === 'paren-arabic')
        if (!sibling) {
          owner()!.body.push(p)
          continue
        }
        kind = sibling.kind as MarkerKind
        value = (sibling.value ?? 0) + 1
        notes.push({
          rule: 'markerRepaired',
          messageId: 'repaired',
          data: { raw: read.marker.raw.trim(), label: markerLabel(kind, value) },
        })
      }
      let level = levelOf.get(kind)
      if (level === undefined) {
        level = stack.length
        levelOf.set(kind, level)
      }
      if (level > stack.length) {
        // 跳过了一层（样例 004 第四方面下没有“1.”）：补一个无编号的中间条目，
        // 父条目已有的正文若是“关于…问题。”这样的问题表述，就归入这个中间条目。
        while (stack.length < level) {
          const parent = top()
          const mid = newNode('', stack.length, 'unnumbered', null)
          if (parent && parent.children.length === 0 && parent.body.length && /^(关于|针对)/.test(parent.body[0]!)) {
            const [first, ...rest] = parent.body
            mid.head = first!
            mid.body = rest
            parent.body = []
          }
          attach(mid)
        }
      }
      const node = newNode(read.rest, level, kind, value)
      node.notes.push(...notes)
      const siblings = level === 0 ? roots : stack[level - 1]?.children
      const expected = siblingNumber(siblings && siblingsOf.get(siblings), kind)
      if (expected !== null && value !== expected) {
        node.notes.push({
          rule: 'numberingIrregular',
          messageId: 'irregular',
          data: { found: markerLabel(kind, value!), expected: markerLabel(kind, expected) },
        })
      }
      attach(node)
      continue
    }
    const current = owner()
    if (!current) {
      preamble.push(p)
      continue
    }
    if (current.kind === 'table-row') {
      // 表格之后的段落不属于最后一行：作为无编号的一段跟在表格后面（同一层），顺序不变。
      attach(newNode('', current.level, 'unnumbered', null))
      top()!.body.push(p)
      continue
    }
    if (PROBLEM_HEADING.test(p) && current.body.length === 0 && current.children.length === 0 && current.kind !== 'unnumbered') {
      // 缺了序号、独立成段的问题标题（样例 002 第六项）：作为无编号的下级条目。
      attach(newNode(p, current.level + 1, 'unnumbered', null))
      continue
    }
    const last = current.body[current.body.length - 1]
    if (last !== undefined && endsWithHan(last) && !PARAGRAPH_OPENER.test(p)) {
      joining = { node: current, parts: [last, p] }
      current.notes.push({ rule: 'paragraphJoined', messageId: 'joined', bodyIndex: current.body.length - 1 })
      continue
    }
    current.body.push(p)
  }
  finishJoin()
  return { preamble, roots }
}

/**
 * 像小标题的句子：短、不带数字、至多一个逗号（“壮大集体经济。”“针对…问题,启动…计划。”）；
 * 正文的首句往往带数字和细节（“制定三年行动计划，明确重点项目12个。”）。
 */
function isTitleLike(sentence: string): boolean {
  return sentence.length <= TITLE_MAX && !/\d/.test(sentence) && (sentence.match(/[,，]/g) ?? []).length <= 1
}

/** 同一层的条目要么都有 run-in 小标题，要么都没有：按多数定。 */
function isRunInLevel(nodes: Node[]): boolean {
  const heads = nodes.filter((n) => {
    if (n.kind === 'table-row' || n.kind === 'table-category') return false
    const end = firstSentenceEnd(n.head)
    return n.kind !== 'unnumbered' && end !== -1 && end < n.head.length
  })
  if (heads.length === 0) return true
  const titled = heads.filter((n) => isTitleLike(n.head.slice(0, firstSentenceEnd(n.head)))).length
  return titled / heads.length >= 0.5
}

function collectByLevel(nodes: Node[], acc: Map<number, Node[]>): Map<number, Node[]> {
  for (const n of nodes) {
    const same = acc.get(n.level)
    if (same) same.push(n)
    else acc.set(n.level, [n])
    collectByLevel(n.children, acc)
  }
  return acc
}

/** 结束于“问题…情况/整改”的标题是问题；以“整改情况：”开头的正文也说明这是一个具体问题。 */
function looksLikeProblem(n: Node): boolean {
  if (/问题[”"]?(的整改(进展|落实)?情况|的整改)?[。.]?$/.test(n.head)) return true
  return n.body.length > 0 && /^整改(情况|措施|进展)[:：]/.test(n.body[0]!)
}

function roleOf(n: Node, rectification: boolean): ItemRole {
  if (!rectification) return 'measure'
  if (n.kind === 'table-row') return 'problem'
  if (n.children.length) return n.children.some((c) => roleOf(c, true) !== 'measure') ? 'aspect' : 'problem'
  return looksLikeProblem(n) ? 'problem' : 'measure'
}

function toItem(n: Node, runInLevels: Map<number, boolean>, rectification: boolean, path: Path, findings: Finding[]): Item {
  if (n.row) {
    // 表格行：问题列整格是标题（不拆 run-in），字段照表格填。问题清单总是问题，哪个部分里都一样。
    return Item.create('problem', n.row.title, {
      runIn: false,
      status: n.row.status,
      deadline: n.row.deadline,
      responsible: n.row.responsible,
      body: n.body.map(Paragraph.of),
      children: n.children.map((c, i) => toItem(c, runInLevels, rectification, [...path, 'children', i], findings)),
    })
  }
  let title = n.head
  let body = [...n.body]
  let runIn = false
  const end = firstSentenceEnd(n.head)
  const multiSentence = end !== -1 && end < n.head.length
  const titled = runInLevels.get(n.level) ?? true
  // 无小标题的一层里，只有一句的条目若不像小标题（带数字细节、过长），也是正文。
  const bodyOnly = end !== -1 && !multiSentence && !isTitleLike(n.head) && n.children.length === 0
  if (!titled && n.kind !== 'unnumbered' && (multiSentence || bodyOnly)) {
    // 这一层的条目序号后直接是正文（样例 003 的“（1）”）。
    title = ''
    body = [n.head, ...body]
    runIn = true
  } else if (multiSentence) {
    const split = splitRunIn(n.head)
    title = split.title
    body = [split.body!, ...body]
    runIn = true
  }
  const role = roleOf(n, rectification)
  const item = Item.create(role, title, {
    runIn,
    status: role === 'problem' ? statusLabel([title, ...body.slice(0, 1)]) : null,
    body: body.filter((b) => b !== '').map(Paragraph.of),
    children: n.children.map((c, i) => toItem(c, runInLevels, rectification, [...path, 'children', i], findings)),
    ...(n.kind === 'unnumbered' ? { unnumbered: true as const } : {}),
  })
  const offset = body.length - n.body.length
  for (const note of n.notes) {
    const at = note.bodyIndex === undefined ? [...path, 'title'] : [...path, 'body', note.bodyIndex + offset]
    findings.push(importFinding(note.rule, note.messageId as never, at, note.data ? { data: note.data } : {}))
  }
  return item
}

/** 段落 → 条目树。`rectification` 为真时按内容分出方面、问题、措施。 */
export function parseItems(paragraphs: string[], base: Path, rectification: boolean): ItemTree {
  const { preamble, roots } = buildItemTree(paragraphs)
  const findings: Finding[] = []
  const items = toItems(roots, rectification, base, findings)
  return { preamble, items: problemGroups(harmonizeRoles(items), false), findings }
}

function toItems(roots: Node[], rectification: boolean, base: Path, findings: Finding[]): Item[] {
  const runInLevels = new Map<number, boolean>()
  for (const [level, nodes] of collectByLevel(roots, new Map())) runInLevels.set(level, isRunInLevel(nodes))
  return roots.map((n, i) => toItem(n, runInLevels, rectification, [...base, i], findings))
}

/**
 * 粘贴：段落按导入的同一套规则建树（序号只用来建树，不进标题），接到粘贴处的已有层级上（见 ItemContext）。
 * 光标不在条目里时与导入该部分的结果相同。接到已有条目之下或旁边的条目，角色随位置：与同级的已有条目相同、
 * 或是光标条目的下一级（编辑器新建条目的同一规则）；其下级不高于它。导入发现不用（粘贴不进检查面板）。
 */
export function parseItemsAt(paragraphs: string[], rectification: boolean, context: ItemContext): PlacedItems {
  const { preamble, roots } = buildItemTree(paragraphs, context)
  const { ancestors } = context
  if (ancestors.length === 0) {
    const items = problemGroups(harmonizeRoles(toItems(roots, rectification, [], [])), false)
    return { preamble, items: items.map((item) => ({ item, depth: 0 })) }
  }
  const items = toItems(roots, rectification, [], [])
  return {
    preamble,
    items: items.map((item, i) => {
      const depth = roots[i]!.level
      const role = depth < ancestors.length ? ancestors[depth]! : childRole(ancestors[depth - 1]!)
      return { item: withRole(item, role), depth }
    }),
  }
}

/** 条目改为 role，下级若高于它则降为它的下一级；只有问题有整改状态。 */
function withRole(item: Item, role: ItemRole): Item {
  const children = item.children.map((c) => (roleRank(c.role) > roleRank(role) ? withRole(c, c.role) : withRole(c, childRole(role))))
  return { ...item, role, status: role === 'problem' ? item.status : null, children }
}

/**
 * 四层的通报（样例 004：方面 → “1.关于…问题” → “（1）具体问题” → 整改情况）：方面之下、只含问题的
 * 分组本身是一个问题，其下是具体问题。通报自己就这样数（“4个方面9个问题”），进度按此推导。
 */
function problemGroups(items: Item[], underAspect: boolean): Item[] {
  return items.map((item) => {
    const children = problemGroups(item.children, item.role === 'aspect')
    const groupsProblems = underAspect && item.role === 'aspect' && children.length > 0 && children.every((c) => c.role === 'problem')
    if (groupsProblems) return { ...item, role: 'problem' as const, children }
    return children.every((c, i) => c === item.children[i]) ? item : { ...item, children }
  })
}

/**
 * 同级条目的角色应当一致：多数是问题时，个别因小标题像“问题”而被当成方面的条目也是问题，
 * 其下的条目是措施（样例 001 的第十四条）。否则进度会数出“1个方面15个问题”。
 */
function harmonizeRoles(items: Item[]): Item[] {
  const problems = items.filter((i) => i.role === 'problem').length
  const aspects = items.filter((i) => i.role === 'aspect').length
  const demote = aspects > 0 && problems > aspects * 2
  return items.map((item) => {
    const children = harmonizeRoles(item.children)
    // 子条目带着状态、时限或责任单位（如问题清单的表格行）时它们确是问题，不降级
    const plain = children.every((c) => c.role !== 'problem' || (c.status === null && c.deadline === null && c.responsible === null))
    if (demote && item.role === 'aspect' && plain) {
      return {
        ...item,
        role: 'problem' as const,
        children: children.map((c) => (c.role === 'problem' ? { ...c, role: 'measure' as const } : c)),
      }
    }
    return children === item.children ? item : { ...item, children }
  })
}
