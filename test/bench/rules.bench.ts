// 校验的速度：最大样例的完整校验、50 万字通报的完整校验、一次编辑后的增量校验（目标 20 / 200 / 5 毫秒）。
import { importNotice } from '../../core/import/index'
import { noticeText } from '../../core/document/blocks'
import { Item, type Path } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { Paragraph, RichText } from '../../core/model/rich-text'
import { setAt } from '../../core/rules/apply-fix'
import { createValidator, fixAll, validate } from '../../core/rules/index'
import { sampleNotice } from '../support/sample-notice'
import { largestSeed, seedText } from '../support/seeds'
import { type BenchRow, measure } from './harness'

const TODAY = '2025-06-30'

const PHRASES = [
  '围绕产业发展开展蹲点调研，解决企业用地、用工等实际问题',
  '修订理论学习中心组学习规则，全年开展专题学习',
  '实行领导联系重点项目制度，每月通报进度，已开工项目',
  '在各乡镇设立监察工作站，配备专职监察员，开展专项监督检查',
  '建立问题、任务、责任三张清单，逐项明确整改时限和责任人',
  '对照巡视反馈意见,逐条制定整改措施;召开专题会议研究部署', // 半角标点，让规则有事可报
]

/** 由样例的条目反复变化而成的大通报：方面 → 问题 → 措施，正文各约 200 字，直到全文达到 chars 字。 */
function bigNotice(chars: number): Notice {
  const n = sampleNotice()
  const aspects: Item[] = []
  let i = 0
  const base = noticeText(n).length
  let size = base
  while (size < chars) {
    const problems: Item[] = []
    for (let p = 0; p < 5; p++) {
      const measures: Item[] = []
      for (let m = 0; m < 4; m++, i++) {
        const body = Array.from({ length: 5 }, (_, k) => `${PHRASES[(i + k) % PHRASES.length]}${(i * 7 + k) % 97}个`).join('，') + '。'
        measures.push(Item.create('measure', `第${i}项措施落实情况。`, { body: RichText.of(body) }))
        size += body.length + 12
      }
      problems.push(
        Item.create('problem', `关于第${i}项问题的整改情况`, { runIn: false, status: i % 3 ? '已完成' : '持续推进', children: measures }),
      )
    }
    aspects.push(Item.create('aspect', `关于第${aspects.length + 1}个方面`, { runIn: false, children: problems }))
  }
  n.rectification.items = aspects
  return n
}

/** 每次运行的进程 CPU 时间（毫秒）：机器忙时墙钟中位数会偏高，CPU 时间更能说明算法本身的开销。 */
async function cpuPerRun(fn: () => unknown, runs: number): Promise<number> {
  fn()
  const c0 = process.cpuUsage()
  for (let i = 0; i < runs; i++) fn()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000 / runs
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const name = largestSeed()
  const { notice: seed } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
  const seedFindings = validate(seed, { today: TODAY }).length
  const s = await measure(() => validate(seed, { today: TODAY }), 30, 5)
  const sCpu = await cpuPerRun(() => validate(seed, { today: TODAY }), 30)
  rows.push({
    name: `完整校验：最大样例 ${name.slice(0, 3)}（${noticeText(seed).length} 字）`,
    ...s,
    targetMs: 20,
    note: `${seedFindings} 条结果；CPU ${sCpu.toFixed(2)} ms/次`,
  })

  const big = bigNotice(500_000)
  const chars = noticeText(big).length
  const bigFindings = validate(big, { today: TODAY }).length
  const b = await measure(() => validate(big, { today: TODAY }), 10, 2)
  const bCpu = await cpuPerRun(() => validate(big, { today: TODAY }), 5)
  rows.push({
    name: `完整校验：${(chars / 10000).toFixed(1)} 万字通报`,
    ...b,
    targetMs: 200,
    note: `${bigFindings} 条结果；CPU ${bCpu.toFixed(1)} ms/次`,
  })

  // 增量：每次改动一段（轮流改不同的段落），然后重新校验
  const v = createValidator()
  v.validate(big, { today: TODAY })
  let current = big
  let k = 0
  const target = (j: number): Path => [
    'rectification',
    'items',
    j % big.rectification.items.length,
    'children',
    j % 5,
    'children',
    j % 4,
    'body',
    0,
  ]
  const editAndValidate = () => {
    k++
    current = setAt(current, target(k), Paragraph.of(`第${k}次编辑：围绕产业发展开展蹲点调研,解决实际问题${k}个。`)) as Notice
    return v.validate(current, { today: TODAY })
  }
  const inc = await measure(editAndValidate, 30, 5)
  const iCpu = await cpuPerRun(editAndValidate, 30)
  rows.push({
    name: '增量校验：50 万字通报改一段后',
    ...inc,
    targetMs: 5,
    note: `重查 ${v.lastRechecked} 个文字单元；CPU ${iCpu.toFixed(2)} ms/次；约为完整校验的 ${((inc.medianMs / b.medianMs) * 100).toFixed(1)}%`,
  })

  // 编辑器同步时整篇由编辑器内容重建（对象都是新的），只有一段文字变了：按文字命中缓存
  const rebuiltValidator = createValidator()
  rebuiltValidator.validate(big, { today: TODAY })
  let r = 0
  const rebuildAndValidate = () => {
    r++
    const rebuilt = structuredClone(setAt(big, target(r), Paragraph.of(`第${r}次编辑：解决实际问题${r}个。`)) as Notice)
    return rebuiltValidator.validate(rebuilt, { today: TODAY })
  }
  const cloneOnly = await measure(() => structuredClone(big), 10, 2)
  const reb = await measure(rebuildAndValidate, 10, 2)
  rows.push({
    name: '增量校验：整篇对象重建、改一段后',
    medianMs: reb.medianMs - cloneOnly.medianMs,
    note: `已扣除重建本身（structuredClone 中位数 ${cloneOnly.medianMs.toFixed(1)} ms）；重查 ${rebuiltValidator.lastRechecked} 个文字单元`,
  })

  // “全部修复”：50 万字通报中的全部可修复问题（多轮校验加应用）
  const fa = await measure(() => fixAll(big, { today: TODAY }), 3, 1)
  rows.push({
    name: '全部修复：50 万字通报',
    ...fa,
    note: `修复前 ${bigFindings} 条结果，修复后 ${validate(fixAll(big, { today: TODAY }), { today: TODAY }).length} 条`,
  })
  return rows
}
