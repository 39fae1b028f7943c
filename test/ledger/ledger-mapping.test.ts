// 列对应、.csv/.tsv、并入已打开的通报：各自的小夹具（测试里手写的表格文字）。
import { describe, expect, it } from 'vitest'
import { defaultMapping, importLedger, ledgerNotice, readLedgerFile } from '../../core/ledger/import-ledger'
import { fieldOfLabel, layoutKey, mappingFor, mappingProblem } from '../../core/ledger/mapping'
import { mergeLedger } from '../../core/ledger/merge-ledger'
import { progressStatus } from '../../core/ledger/ledger-rows'
import { shape } from './support/fixtures'

const bytes = (s: string) => new TextEncoder().encode(s)
const TODAY = '2024-10-08'

const TSV = [
  '问题类别\t具体问题\t整改措施\t牵头领导\t责任单位\t完成时限\t完成情况\t备注',
  '组织建设\t党支部组织生活不规范\t规范“三会一课”\t陈刚\t机关党委\t2024.8.31\t已完成\t已检查',
  '\t党员教育管理偏松\t开展党员集中轮训\t陈刚\t组织部\t长期\t持续推进\t',
  '作风建设\t文山会海问题反弹\t精简文件会议\t周洁\t办公室\t2024年12月\t基本完成\t',
].join('\n')

const CSV_OTHER_WORDS = [
  '序号,问题,整改进展',
  '1,问题甲,已销号',
  '2,问题乙,完成',
  '3,问题丙,长期坚持',
  '4,问题丁,正在推进。已召开两次推进会',
].join('\n')

describe('表头与状态的认法', () => {
  it('常见列名', () => {
    const labels = [
      '序号',
      '方面',
      '问题类别',
      '问题（具体表现）',
      '整改措施',
      '责任领导',
      '责任单位/责任人',
      '整改时限',
      '整改进展/完成情况',
      '是否销号',
      '备注',
    ]
    expect(labels.map(fieldOfLabel)).toEqual([
      'number',
      'category',
      'category',
      'problem',
      'measure',
      'leader',
      'responsible',
      'deadline',
      'progress',
      'closed',
      'other',
    ])
  })

  it('状态的常见写法', () => {
    expect(
      ['已完成', '已销号', '完成', '基本完成', '持续推进', '长期坚持', '正在推进', '已完成。已建立制度', '推进中'].map(progressStatus),
    ).toEqual(['已完成', '已完成', '已完成', '基本完成', '持续推进', '持续推进', '持续推进', '已完成', null])
  })
})

describe('.tsv / .csv', () => {
  it('.tsv：类别格空着沿用上一行，读不出日期的时限与其他列带列名进正文', () => {
    const wb = readLedgerFile({ name: '台账.tsv', bytes: bytes(TSV) })
    const m = defaultMapping(wb)!
    expect(m.fields).toEqual(['category', 'problem', 'measure', 'leader', 'responsible', 'deadline', 'progress', 'other'])
    const items = shape(importLedger(wb, m, '台账.tsv', TODAY).items)
    expect(items.map((a) => [a.title, a.children.map((p) => p.title)])).toEqual([
      ['组织建设', ['党支部组织生活不规范', '党员教育管理偏松']],
      ['作风建设', ['文山会海问题反弹']],
    ])
    const [first, second] = items[0]!.children
    expect(first!.children[0]).toMatchObject({
      title: '规范“三会一课”',
      body: ['备注：已检查'],
      deadline: '2024-08-31',
      status: '已完成',
      leader: '陈刚',
      responsible: '机关党委',
    })
    expect(second!.children[0]).toMatchObject({ title: '开展党员集中轮训', body: ['完成时限：长期'], deadline: null, status: '持续推进' })
    expect(items[1]!.children[0]!.children[0]).toMatchObject({ deadline: '2024-12-31', status: '基本完成' })
  })

  it('.csv：没有措施列时字段写在问题上；进展不只是状态词时原文进正文', () => {
    const wb = readLedgerFile({ name: 'x.csv', bytes: bytes(CSV_OTHER_WORDS) })
    const items = shape(importLedger(wb, defaultMapping(wb)!, 'x.csv', TODAY).items)
    expect(items.map((p) => [p.role, p.title, p.status, p.body])).toEqual([
      ['problem', '问题甲', '已完成', []],
      ['problem', '问题乙', '已完成', []],
      ['problem', '问题丙', '持续推进', []],
      ['problem', '问题丁', '持续推进', ['整改进展：正在推进。已召开两次推进会']],
    ])
  })
})

describe('用户改动列对应', () => {
  it('把一列改为“不导入”、指定问题列；表头式样的键随列名而变', () => {
    const wb = readLedgerFile({ name: '台账.tsv', bytes: bytes(TSV) })
    const auto = defaultMapping(wb)!
    const changed = { ...auto, fields: auto.fields.map((f) => (f === 'other' ? 'ignore' : f)) }
    const items = shape(importLedger(wb, changed, '台账.tsv', TODAY).items)
    expect(items[0]!.children[0]!.children[0]!.body).toEqual([])
    expect(mappingProblem({ ...auto, fields: auto.fields.map((f) => (f === 'problem' ? 'other' : f)) })).toMatch(/问题/)
    expect(layoutKey(auto)).toBe(layoutKey(mappingFor(wb.sheets[0]!, 0, 0, 0)))
    expect(layoutKey(auto)).not.toBe(layoutKey({ ...auto, labels: [...auto.labels.slice(0, -1), '说明'] }))
  })
})

describe('并入已打开的通报', () => {
  it('按问题原文对上：更新的、新加的、未对上的分别列出；台账的状态去掉“待确认”', () => {
    const open = ledgerNotice(
      importLedger(
        readLedgerFile({ name: 'a.tsv', bytes: bytes(TSV) }),
        defaultMapping(readLedgerFile({ name: 'a.tsv', bytes: bytes(TSV) }))!,
        'a.tsv',
        TODAY,
      ),
    )
    const problem = open.rectification.items[0]!.children[1]!
    problem.title = '党员教育管理偏松。' // 通报里加了句号，仍对得上
    problem.statusPending = true
    problem.children[0]!.statusPending = true
    const next = TSV.replace('开展党员集中轮训\t陈刚\t组织部\t长期\t持续推进', '开展党员集中轮训\t陈刚\t组织部\t长期\t已完成').replace(
      '作风建设\t文山会海问题反弹',
      '作风建设\t调查研究不深入',
    )
    const wb = readLedgerFile({ name: 'b.tsv', bytes: bytes(next) })
    const plan = mergeLedger(open, importLedger(wb, defaultMapping(wb)!, 'b.tsv', TODAY))
    expect(plan.added).toEqual([{ aspect: '作风建设', title: '调查研究不深入' }])
    expect(plan.unmatched.map((u) => u.title)).toEqual(['文山会海问题反弹'])
    expect(plan.updated.map((u) => u.title)).toEqual(['党员教育管理偏松。'])
    expect(plan.updated[0]!.changes).toContain('状态：持续推进 → 已完成')
    const merged = plan.notice.rectification.items[0]!.children[1]!
    expect(merged.status).toBe('已完成')
    expect(merged.statusPending).toBeUndefined()
    expect(merged.children[0]!.statusPending).toBeUndefined()
    expect(plan.notice.rectification.items[1]!.children.map((p) => p.title)).toEqual(['文山会海问题反弹', '调查研究不深入'])
    expect(plan.notice.ledger?.file).toBe('b.tsv')
    // 原通报没有被改动
    expect(open.rectification.items[0]!.children[1]!.status).toBe('持续推进')
  })
})

describe('导出的状态以问题上的为准', () => {
  it('问题的状态与措施合成的一致时逐条写措施的；在通报里改了问题的状态后，该问题各行都写新状态，再导入也是它', async () => {
    const { exportLedger, ledgerTable } = await import('../../core/ledger/export-ledger')
    const wb = readLedgerFile({ name: 'a.tsv', bytes: bytes(TSV) })
    const notice = ledgerNotice(importLedger(wb, defaultMapping(wb)!, 'a.tsv', TODAY))
    const status = () => ledgerTable(notice).rows.map((r) => `${r[7]}${r[8]}`)
    expect(status()).toEqual(['已完成是', '持续推进否', '基本完成否'])
    notice.rectification.items[0]!.children[1]!.status = '已完成'
    expect(status()).toEqual(['已完成是', '已完成是', '基本完成否'])
    const again = readLedgerFile({ name: 'b.xlsx', bytes: exportLedger(notice) })
    const items = importLedger(again, defaultMapping(again)!, 'b.xlsx', TODAY).items
    expect(items[0]!.children[1]!.status).toBe('已完成')
  })
})
