// 往返：Tongbao 自己导出的 Word 和网页再导入，结构、元数据与全文都回到原样（状态不写进正文，不在比较之列）。
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlFragment, exportHtmlPage } from '../../core/export/html/index'
import { modelParagraphs, textFidelity } from '../../core/import/fidelity'
import { importNotice } from '../../core/import/index'
import { sampleNotice } from '../support/sample-notice'
import { sectionOutline } from './support/outline'

const original = sampleNotice()
const enc = new TextEncoder()

// 供网站内容管理系统粘贴的片段不含标题（标题由 CMS 显示），其余相同。
describe.each([
  ['Word', true, async () => ({ name: 'notice.docx', bytes: await exportDocx(original) })],
  ['网页', true, async () => ({ name: 'notice.html', bytes: enc.encode(exportHtmlPage(original)) })],
  ['网页片段', false, async () => ({ name: 'fragment.html', bytes: enc.encode(exportHtmlFragment(original)) })],
])('导出为%s再导入', (_label, hasTitle, exported) => {
  const expectedParts = hasTitle ? original.parts : original.parts.filter((p) => p !== 'title')

  it('各部分、条目树、元数据与原通报一致', async () => {
    const { notice } = await importNotice(await exported())
    expect(notice.parts).toEqual(expectedParts)
    for (const key of ['organization', 'rectification', 'nextSteps'] as const)
      expect(sectionOutline(notice[key])).toEqual(sectionOutline(original[key]))
    const { issuer, kind, level, roundLabel, inspectionGroup, period, feedbackDate } = original.meta
    // 轮次只写在标题里：没有标题的片段读不出轮次。
    expect(notice.meta).toMatchObject({
      issuer: { fullName: issuer.fullName },
      kind,
      level,
      roundLabel: hasTitle ? roundLabel : '',
      inspectionGroup,
      period,
      feedbackDate,
    })
    expect(notice.signature).toEqual(original.signature)
    const { override: _, ...channels } = notice.contact
    const { override: __, ...expected } = original.contact
    expect(channels).toEqual(expected)
    expect(notice.statistics).toMatchObject({ partyDiscipline: original.statistics.partyDiscipline, systemsBuilt: 12, lossRecovered: 86.5 })
  })

  it('全文逐句一致', async () => {
    const { notice } = await importNotice(await exported())
    const f = textFidelity(modelParagraphs({ ...original, parts: expectedParts }), notice)
    expect({ missing: f.missing, extra: f.extra }).toEqual({ missing: [], extra: [] })
  })
})
