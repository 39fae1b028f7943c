import { Item } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { createNotice } from '../../core/template/new-notice'

/**
 * 为测试编写的一份完整通报（虚构单位，与样例原文无关）：各部分齐全、日期合理、
 * 数字对得上。规则测试以它为“零错误”的基准，导出测试以它为输入。
 */
export function sampleNotice(): Notice {
  const n = createNotice('巡视', {
    issuer: { fullName: '中共青山县委', shortName: '青山县委' },
    level: '省委',
    roundLabel: '十五届省委第三轮',
    inspectionGroup: '省委第五巡视组',
    target: '青山县',
    period: { start: '2024-03-11', end: '2024-05-20' },
    feedbackDate: '2024-07-18',
  })
  n.organization.paragraphs = RichText.of(
    '青山县委把巡视整改作为重大政治任务来抓，坚决扛起整改主体责任。一是加强组织领导。成立由县委书记任组长的整改工作领导小组，先后召开6次专题会议研究部署。二是细化整改措施。制定整改方案，建立问题、任务、责任三张清单，逐项明确时限。三是强化督促检查。县纪委监委全程跟踪督办，对整改不力的严肃问责。',
  )
  n.statistics.partyDiscipline = {
    total: 5,
    breakdown: [
      { label: '党内警告', count: 3 },
      { label: '严重警告', count: 2 },
    ],
  }
  n.statistics.governmentSanction = { total: 2, breakdown: [] }
  n.statistics.admonishment = { total: 4, breakdown: [] }
  n.statistics.systemsBuilt = 12
  n.statistics.lossRecovered = 86.5
  n.rectification.items = [
    Item.create('aspect', '关于贯彻落实党中央决策部署方面', {
      runIn: false,
      children: [
        Item.create('problem', '理论学习与工作实际结合不够紧密的问题', {
          runIn: false,
          status: '已完成',
          children: [
            Item.create('measure', '健全学习制度。', {
              body: RichText.of('修订县委理论学习中心组学习规则，全年开展专题学习12次，形成调研报告8篇。'),
            }),
            Item.create('measure', '推动学用结合。', { body: RichText.of('围绕产业发展开展蹲点调研，解决企业用地、用工等实际问题23个。') }),
          ],
        }),
        Item.create('problem', '重点项目推进缓慢的问题', {
          runIn: false,
          status: '持续推进',
          children: [
            Item.create('measure', '压实项目责任。', { body: RichText.of('实行县领导联系重点项目制度，每月通报进度，已开工项目15个。') }),
          ],
        }),
      ],
    }),
    Item.create('aspect', '关于全面从严治党方面', {
      runIn: false,
      children: [
        Item.create('problem', '基层监督存在薄弱环节的问题', {
          runIn: false,
          status: '已完成',
          children: [
            Item.create('measure', '织密监督网络。', {
              body: RichText.of('在全县乡镇设立监察工作站，配备专职监察员36名，开展专项监督检查4轮。'),
            }),
          ],
        }),
      ],
    }),
  ]
  n.nextSteps.paragraphs = RichText.of(
    '下一步，青山县委将坚持目标不变、标准不降、力度不减，一是持续巩固整改成果，二是健全长效机制，三是强化成果运用，推动巡视整改工作走深走实。',
  )
  n.contact.phones = ['0571-86012345']
  n.contact.addresses = [{ label: '邮政信箱', value: '浙江省青山县人民大道1号县委办公室' }]
  n.contact.postcodes = ['311300']
  n.contact.emails = ['qsxwxc@example.gov.cn']
  n.signature = { org: '中共青山县委', date: '2024-09-20' }
  return n
}
