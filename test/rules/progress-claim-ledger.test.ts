// TB022 与关联台账：台账导入后，正文的进度数字同时与条目状态和台账的数字核对；条目改了而台账没改时，仍按台账列出差异。
import { describe, expect, it } from 'vitest'
import { defaultMapping, importLedger, ledgerNotice, readLedgerFile } from '../../core/ledger/import-ledger'
import { Paragraph } from '../../core/model/rich-text'
import type { Notice } from '../../core/model/notice'
import { applyFix } from '../../core/rules/apply-fix'
import { check, textAt } from './rule-tester'

const LEDGER = [
  '问题类别\t问题\t整改措施\t责任单位\t整改时限\t是否销号\t整改进展',
  '政治建设\t问题一\t措施一\t办公室\t2024-06-30\t是\t已完成',
  '\t问题二\t措施二\t组织部\t2024-06-30\t否\t持续推进',
  '作风建设\t问题三\t措施三\t纪委\t2024-06-30\t是\t已完成',
].join('\n')

function noticeWith(text: string): Notice {
  const wb = readLedgerFile({ name: '台账.tsv', bytes: new TextEncoder().encode(LEDGER) })
  const notice = ledgerNotice(importLedger(wb, defaultMapping(wb)!, '台账.tsv', '2024-07-01'))
  notice.organization.paragraphs.push(Paragraph.of(text))
  return notice
}

const PARA = (n: Notice) => ['organization', 'paragraphs', n.organization.paragraphs.length - 1]
const tb022 = (n: Notice) => check(n).filter((f) => f.rule === 'TB022')

describe('TB022 与关联台账', () => {
  it('正文与条目、台账都一致：不报', () => {
    expect(tb022(noticeWith('巡察反馈的2个方面3个问题，已完成整改2个。'))).toEqual([])
  })

  it('正文与两者都不符：各报一次，条目一方可一键改，台账一方给候选', () => {
    const n = noticeWith('巡察反馈的2个方面3个问题，已完成整改1个。')
    const found = tb022(n)
    expect(found).toHaveLength(2)
    expect(found.map((f) => f.location)).toEqual([
      { path: PARA(n), range: [19, 20] },
      { path: PARA(n), range: [19, 20] },
    ])
    expect(found[0]!.fix && applyFix(n, found[0]!.fix) && textAt(applyFix(n, found[0]!.fix), PARA(n))).toBe(
      '巡察反馈的2个方面3个问题，已完成整改2个。',
    )
    expect(found[1]!.fix).toBeUndefined()
    expect(textAt(applyFix(n, found[1]!.suggestions![0]!), PARA(n))).toBe('巡察反馈的2个方面3个问题，已完成整改2个。')
  })

  it('导入后在通报里改了状态、台账没改：条目与正文相符，台账的差异仍列出', () => {
    const n = noticeWith('巡察反馈的2个方面3个问题，已完成整改3个。')
    n.rectification.items[0]!.children[1]!.status = '已完成'
    const found = tb022(n)
    expect(found).toHaveLength(1)
    expect(found[0]!.suggestions![0]!).toMatchObject({ kind: 'replace-text', text: '2' })
    expect(found[0]!.message).toMatch(/台账/)
  })

  it('完成率（没写完成数）与台账不符', () => {
    const n = noticeWith('巡察反馈的3个问题，整改完成率100%。')
    const found = tb022(n)
    expect(found.map((f) => (f.suggestions?.[0] && 'text' in f.suggestions[0] ? f.suggestions[0].text : null))).toEqual(['66.7', '66.7'])
  })
})
