// 统计段落：认得出来，数字与细分读得对；普通叙述段落不当统计。
import { describe, expect, it } from 'vitest'
import { isStatisticsParagraph, parseStatistics } from '../../core/import/statistics'

describe('统计段落', () => {
  const p =
    '在巡视整改工作中，给予党纪处分9人（党内警告5人，严重警告3人，开除党籍1人）；政务处分2人（记过2人）；组织处理4人；诫勉3人；教育提醒17人；建立完善制度21项；挽回经济损失45.6万元。'

  it('读出各项人数与细分', () => {
    expect(parseStatistics(p)).toMatchObject({
      partyDiscipline: {
        total: 9,
        breakdown: [
          { label: '党内警告', count: 5 },
          { label: '严重警告', count: 3 },
          { label: '开除党籍', count: 1 },
        ],
      },
      governmentSanction: { total: 2, breakdown: [{ label: '记过', count: 2 }] },
      organizationalHandling: { total: 4, breakdown: [] },
      admonishment: { total: 3 },
      educationReminder: { total: 17 },
      systemsBuilt: 21,
      lossRecovered: 45.6,
    })
  })

  it('没有的项为 null', () => {
    expect(parseStatistics('诫勉1人，出台制度3项。')).toMatchObject({
      partyDiscipline: { total: null },
      admonishment: { total: 1 },
      systemsBuilt: 3,
      lossRecovered: null,
    })
  })

  it.each([
    [p, true],
    ['截至目前，巡察反馈的7方面20个问题，已完成整改19个，制定的60条整改措施，已完成58条。', true],
    ['对巡视移交的32件问题线索已办结32件，办结率100%。给予党纪处分3人。', true],
    ['一是加强组织领导。成立领导小组，召开会议6次。', false],
    ['区委书记带头认领问题，先后召开4次常委会议研究部署整改工作。', false],
  ])('“%s” 是统计段落：%s', (text, expected) => {
    expect(isStatisticsParagraph(text)).toBe(expected)
  })
})
