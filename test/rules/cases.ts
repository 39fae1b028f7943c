// 每条规则的通过与不通过用例（RuleTester 的写法）。期望的改正结果按规范手写，不从实现中抄。
import { Item } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { Paragraph, RichText } from '../../core/model/rich-text'
import { sampleNotice } from '../support/sample-notice'
import { FIRST_MEASURE, FIRST_PROBLEM, ORG_PARA, type RuleCases, sample, setAt, withParagraph } from './rule-tester'

const p = withParagraph

/** 关联了台账的样例通报（台账的数字默认与样例的条目一致：2 个方面、3 个问题、已完成 2 个），组织情况末尾加一段。 */
function linked(figures: Partial<NonNullable<Notice['ledger']>>, text: string, edit: (n: Notice) => void = () => {}): () => Notice {
  return () => {
    const n = withParagraph(text)()
    n.ledger = {
      file: '整改台账.xlsx',
      sheet: '台账',
      importedOn: '2025-06-01',
      aspects: 2,
      problems: 3,
      measures: 4,
      done: 2,
      basicallyDone: 1,
      ongoing: 0,
      ...figures,
    }
    edit(n)
    return n
  }
}

/** 样例通报改写成市委巡察的通报（文中的“巡视”一律换成“巡察”）。 */
function xunchaSample(): Notice {
  const n = JSON.parse(JSON.stringify(sampleNotice()).replaceAll('巡视', '巡察')) as Notice
  n.meta.level = '市委'
  n.meta.inspectionGroup = '市委第五巡察组'
  return n
}

export const CASES: Record<string, RuleCases> = {
  // —— 完整性 ——
  TB001: {
    valid: [
      { name: '完整的样例通报', notice: sample() },
      { name: '手写标题', notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')) },
      {
        name: '专项巡视没有轮次',
        notice: sample((n) => {
          n.meta.roundLabel = ''
          n.meta.topic = '优化营商环境'
        }),
      },
    ],
    invalid: [
      { name: '去掉标题部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'title'))), path: ['parts'] },
      { name: '手写标题为空', notice: sample((n) => (n.title.override = '  ')), path: ['title', 'override'] },
      { name: '生成标题缺机关名称', notice: sample((n) => (n.meta.issuer.fullName = '')), path: ['meta', 'issuer', 'fullName'] },
      { name: '生成标题缺轮次（警告）', notice: sample((n) => (n.meta.roundLabel = '')), path: ['meta', 'roundLabel'] },
    ],
  },
  TB002: {
    valid: [
      { name: '生成的导语', notice: sample() },
      { name: '手写导语', notice: sample((n) => (n.lead.override = RichText.of('根据省委统一部署，省委第五巡视组对青山县进行了巡视。'))) },
    ],
    invalid: [
      { name: '去掉导语部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'lead'))), path: ['parts'] },
      { name: '手写导语为空', notice: sample((n) => (n.lead.override = RichText.of(''))), path: ['lead', 'override'] },
      { name: '缺反馈日期', notice: sample((n) => (n.meta.feedbackDate = null)), path: ['meta', 'feedbackDate'] },
      { name: '缺巡视组', notice: sample((n) => (n.meta.inspectionGroup = '')), path: ['meta', 'inspectionGroup'] },
      { name: '缺开始日期', notice: sample((n) => (n.meta.period.start = null)), path: ['meta', 'period', 'start'] },
    ],
  },
  TB003: {
    valid: [
      { name: '有组织情况', notice: sample() },
      {
        name: '组织情况只有条目',
        notice: sample((n) => {
          n.organization.paragraphs = []
          n.organization.items = [Item.create('measure', '加强组织领导。', { body: RichText.of('成立领导小组。') })]
        }),
      },
    ],
    invalid: [
      { name: '组织情况为空', notice: sample((n) => (n.organization.paragraphs = [])), path: ['organization', 'paragraphs'] },
      { name: '去掉组织情况部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'organization'))), path: ['parts'] },
    ],
  },
  TB004: {
    valid: [{ name: '有问题条目', notice: sample() }],
    invalid: [
      { name: '没有条目', notice: sample((n) => (n.rectification.items = [])), path: ['rectification', 'items'] },
      {
        name: '只有方面没有问题',
        notice: sample((n) => (n.rectification.items = [Item.create('aspect', '关于党的建设方面', { runIn: false })])),
        path: ['rectification', 'items'],
      },
    ],
  },
  TB005: {
    valid: [{ name: '问题有表述', notice: sample() }],
    invalid: [
      {
        name: '问题标题为空',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.title = '')),
        path: [...FIRST_PROBLEM, 'title'],
      },
    ],
  },
  TB006: {
    valid: [
      { name: '问题下有措施条目', notice: sample() },
      {
        name: '措施直接写在问题正文中',
        notice: sample((n) => {
          const pr = n.rectification.items[0]!.children[0]!
          pr.children = []
          pr.body = RichText.of('修订学习规则，开展专题学习12次。')
        }),
      },
    ],
    invalid: [
      { name: '问题下什么也没有', notice: sample((n) => (n.rectification.items[0]!.children[0]!.children = [])), path: FIRST_PROBLEM },
      {
        name: '问题下只有空措施',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children = [Item.create('measure', '')])),
        path: FIRST_PROBLEM,
      },
    ],
  },
  TB007: {
    valid: [
      {
        name: '措施只有小标题',
        notice: sample((n) => n.rectification.items[0]!.children[0]!.children.push(Item.create('measure', '强化督查问效。'))),
      },
    ],
    invalid: [
      {
        name: '空措施',
        notice: sample((n) => n.rectification.items[0]!.children[0]!.children.push(Item.create('measure', ''))),
        path: [...FIRST_PROBLEM, 'children', 2],
      },
    ],
  },
  TB008: {
    valid: [{ name: '有下一步打算', notice: sample() }],
    invalid: [
      { name: '下一步打算为空', notice: sample((n) => (n.nextSteps.paragraphs = RichText.of(''))), path: ['nextSteps', 'paragraphs'] },
      { name: '去掉下一步部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'nextSteps'))), path: ['parts'] },
    ],
  },
  TB009: {
    valid: [
      { name: '结构化的联系方式', notice: sample() },
      {
        name: '手写联系方式',
        notice: sample((n) => (n.contact.override = RichText.of('欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-86012345。'))),
      },
    ],
    invalid: [
      {
        name: '没有任何渠道',
        notice: sample((n) => {
          n.contact.phones = []
          n.contact.addresses = []
          n.contact.emails = []
        }),
        path: ['contact', 'phones'],
      },
      {
        name: '手写联系方式缺开头语',
        notice: sample((n) => (n.contact.override = RichText.of('联系电话：0571-86012345。'))),
        path: ['contact', 'override'],
      },
      { name: '去掉联系方式部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'contact'))), path: ['parts'] },
    ],
  },
  TB010: {
    valid: [{ name: '落款齐全', notice: sample() }],
    invalid: [
      { name: '缺落款机关', notice: sample((n) => (n.signature.org = '')), path: ['signature', 'org'], output: '中共青山县委' },
      { name: '缺成文日期', notice: sample((n) => (n.signature.date = null)), path: ['signature', 'date'] },
      { name: '去掉落款部分', notice: sample((n) => (n.parts = n.parts.filter((x) => x !== 'signature'))), path: ['parts'] },
    ],
  },
  // —— 联系方式 ——
  TB011: {
    valid: [
      { name: '区号-号码', notice: sample((n) => (n.contact.phones = ['0571-86012345', '010-12345678'])) },
      { name: '正文中的规范电话', notice: p('联系电话：0571-86012345。') },
    ],
    invalid: [
      {
        name: '用破折号分隔区号',
        notice: sample((n) => (n.contact.phones = ['0571—86012345'])),
        path: ['contact', 'phones', 0],
        output: '0571-86012345',
      },
      {
        name: '区号后没有分隔',
        notice: sample((n) => (n.contact.phones = ['057186012345'])),
        path: ['contact', 'phones', 0],
        output: '0571-86012345',
      },
      { name: '缺区号', notice: sample((n) => (n.contact.phones = ['86012345'])), path: ['contact', 'phones', 0] },
      { name: '无法识别', notice: sample((n) => (n.contact.phones = ['请拨打总机'])), path: ['contact', 'phones', 0] },
      { name: '正文中用破折号', notice: p('联系电话：0576—85588636。'), path: ORG_PARA, output: '联系电话：0576-85588636。' },
    ],
  },
  TB012: {
    valid: [{ name: '正常邮箱', notice: sample() }],
    invalid: [
      { name: '缺顶级域名', notice: sample((n) => (n.contact.emails = ['qsxw@example'])), path: ['contact', 'emails', 0] },
      {
        name: '全角＠',
        notice: sample((n) => (n.contact.emails = ['qsxw＠example.gov.cn'])),
        path: ['contact', 'emails', 0],
        output: 'qsxw@example.gov.cn',
      },
    ],
  },
  TB013: {
    valid: [
      { name: '6 位邮编', notice: sample() },
      { name: '正文中的邮编', notice: p('邮编：311300。') },
    ],
    invalid: [
      { name: '5 位邮编', notice: sample((n) => (n.contact.postcodes = ['31130'])), path: ['contact', 'postcodes', 0] },
      {
        name: '全角数字',
        notice: sample((n) => (n.contact.postcodes = ['３１１３００'])),
        path: ['contact', 'postcodes', 0],
        output: '311300',
      },
      { name: '正文中的错误邮编', notice: p('邮编：3113。'), path: ORG_PARA },
    ],
  },
  TB014: {
    valid: [{ name: '信箱有地址', notice: sample() }],
    invalid: [
      {
        name: '邮政信箱为空',
        notice: sample((n) => (n.contact.addresses = [{ label: '邮政信箱', value: '' }])),
        path: ['contact', 'addresses', 0, 'value'],
      },
      {
        name: '手写联系方式中信箱为空',
        notice: sample(
          (n) => (n.contact.override = RichText.of('欢迎广大干部群众进行监督。联系电话：0571-86012345；邮政信箱：；邮编：311300。')),
        ),
        path: ['contact', 'override', 0],
      },
    ],
  },
  // —— 日期 ——
  TB015: {
    valid: [{ name: '先后正确', notice: sample() }],
    invalid: [
      { name: '结束早于开始', notice: sample((n) => (n.meta.period.end = '2024-03-01')), path: ['meta', 'period', 'end'] },
      { name: '反馈与结束同日', notice: sample((n) => (n.meta.feedbackDate = '2024-05-20')), path: ['meta', 'feedbackDate'] },
      { name: '落款早于反馈', notice: sample((n) => (n.signature.date = '2024-07-01')), path: ['signature', 'date'] },
      { name: '网页发布早于落款', notice: sample((n) => (n.meta.publication.date = '2024-09-01')), path: ['meta', 'publication', 'date'] },
    ],
  },
  TB016: {
    valid: [{ name: '都在今天之前', notice: sample() }],
    invalid: [
      {
        name: '反馈日期在将来',
        notice: sample((n) => {
          n.meta.feedbackDate = '2099-01-01'
          n.signature.date = '2099-02-01'
        }),
        path: ['meta', 'feedbackDate'],
      },
      { name: '落款日期在将来（警告）', notice: sample((n) => (n.signature.date = '2099-02-01')), path: ['signature', 'date'] },
    ],
  },
  TB017: {
    valid: [{ name: '规范日期', notice: p('2024年3月5日召开专题会议，二〇二四年度工作要点已印发。') }],
    invalid: [
      { name: '连接号日期', notice: p('于2024-3-5召开专题会议。'), path: ORG_PARA, output: '于2024年3月5日召开专题会议。' },
      { name: '圆点日期', notice: p('于2024.03.05召开专题会议。'), path: ORG_PARA, output: '于2024年3月5日召开专题会议。' },
      { name: '月日编虚位', notice: p('于2024年03月05日召开专题会议。'), path: ORG_PARA, output: '于2024年3月5日召开专题会议。' },
      { name: '混用汉字数字', notice: p('于2024年三月召开专题会议。'), path: ORG_PARA, output: '于2024年3月召开专题会议。' },
      { name: '汉字年份用零', notice: p('二零二四年工作要点。'), path: ORG_PARA, output: '二〇二四年工作要点。' },
      { name: '两位年份', notice: p('23年3月起开展专项整治。'), path: ORG_PARA, suggestion: '2023年3月起开展专项整治。' },
    ],
  },
  TB018: {
    valid: [{ name: '电话、金额、完整日期', notice: p('2023年7月26日反馈，投入资金20230000元，电话88901237。') }],
    invalid: [
      {
        name: '只有一种读法',
        notice: p('2023726，省委巡视组反馈了巡视意见。'),
        path: ORG_PARA,
        output: '2023年7月26日，省委巡视组反馈了巡视意见。',
      },
      { name: '后接日字', notice: p('于2020810日进驻。'), path: ORG_PARA, output: '于2020年8月10日进驻。' },
      { name: '区间后半丢了月字', notice: p('于2020年8月10日至929日进驻。'), path: ORG_PARA, output: '于2020年8月10日至9月29日进驻。' },
      { name: '后接钟点', notice: p('并于202022022时起恢复通行。'), path: ORG_PARA, output: '并于2020年2月20日22时起恢复通行。' },
      { name: '后接月字', notice: p('在202011月份发布的评价中。'), path: ORG_PARA, output: '在2020年11月份发布的评价中。' },
      {
        name: '两种读法只给候选',
        notice: p('根据省委统一部署，202331531省委巡视组进行了巡视。'),
        path: ORG_PARA,
        suggestion: '根据省委统一部署，2023年3月1日至5月31日省委巡视组进行了巡视。',
      },
    ],
  },
  // —— 一致性 ——
  TB019: {
    valid: [
      { name: '用词一致', notice: p('贯穿巡视整改全过程。') },
      {
        name: '巡察通报中提到省委巡视',
        notice: () => {
          const n = xunchaSample()
          n.organization.paragraphs.push(Paragraph.of('配合省委巡视组做好巡视整改工作。'))
          return n
        },
      },
      {
        name: '文件名与本级巡察工作',
        notice: p('制定《巡视巡察反馈问题整改责任追究办法》；从县委第二轮巡察开始，选派干部担任巡察组兼职副组长。'),
      },
    ],
    invalid: [
      {
        name: '巡视通报中的巡察整改',
        notice: p('把贯彻落实各项决策部署贯穿巡察整改全过程。'),
        path: ORG_PARA,
        output: '把贯彻落实各项决策部署贯穿巡视整改全过程。',
      },
      {
        name: '句中提到市委但说的是本次整改',
        notice: p('把市委各项部署要求贯穿巡察整改全过程。'),
        path: ORG_PARA,
        output: '把市委各项部署要求贯穿巡视整改全过程。',
      },
      {
        name: '巡察通报中的巡视组',
        notice: sample((n) => {
          n.meta.kind = '巡察'
          n.meta.level = '市委'
          n.meta.inspectionGroup = '市委第五巡视组'
        }),
        path: ['meta', 'inspectionGroup'],
        output: '市委第五巡察组',
      },
    ],
  },
  TB020: {
    valid: [
      { name: '层级一致', notice: p('根据省委统一部署，省委第五巡视组进驻青山县。') },
      { name: '别的巡察组', notice: p('市委第二巡察组进驻乡镇。') },
    ],
    invalid: [
      { name: '巡视组层级不符', notice: p('市委第五巡视组进驻期间。'), path: ORG_PARA, output: '省委第五巡视组进驻期间。' },
      { name: '部署层级不符', notice: p('根据市委统一部署开展整改。'), path: ORG_PARA, output: '根据省委统一部署开展整改。' },
    ],
  },
  TB021: {
    valid: [{ name: '落款与标题一致', notice: sample() }],
    invalid: [
      {
        name: '落款机关不同',
        notice: sample((n) => (n.signature.org = '青山县人民政府')),
        path: ['signature', 'org'],
        output: '中共青山县委',
      },
      {
        name: '手写标题的机关不同',
        notice: sample((n) => (n.title.override = '中共青山县纪委关于巡视整改进展情况的通报')),
        path: ['signature', 'org'],
        output: '中共青山县纪委',
      },
    ],
  },
  // —— 数字 ——
  TB022: {
    valid: [
      { name: '进度与条目一致', notice: p('巡视反馈的2个方面3个问题，已完成整改2个；制定的4条整改措施，已完成4条。') },
      {
        name: '顶层条目没有全按方面分组时不核对方面数',
        notice: sample((n) => {
          n.rectification.items.push(
            Item.create('problem', '新增问题', {
              runIn: false,
              status: '已完成',
              children: [Item.create('measure', '落实整改。', { body: RichText.of('已完成。') })],
            }),
          )
          n.organization.paragraphs.push(Paragraph.of('巡视反馈的7个方面4个问题，已完成整改3个。'))
        }),
      },
      {
        name: '状态未标全时不核对完成数',
        notice: sample((n) => {
          n.rectification.items[0]!.children[1]!.status = null
          n.organization.paragraphs.push(Paragraph.of('巡视反馈的2个方面3个问题，已完成整改3个。'))
        }),
      },
      { name: '与条目和关联台账都一致，完成率也一致', notice: linked({}, '巡视反馈的2个方面3个问题，整改完成率66.7%。') },
    ],
    invalid: [
      {
        name: '问题数不符',
        notice: p('针对巡视反馈的2个方面5项具体问题，制定整改方案。'),
        path: ORG_PARA,
        output: '针对巡视反馈的2个方面3项具体问题，制定整改方案。',
      },
      { name: '方面数不符', notice: p('巡视反馈的4个方面3个问题。'), path: ORG_PARA, output: '巡视反馈的2个方面3个问题。' },
      {
        name: '完成数不符',
        notice: p('巡视反馈的2个方面3个问题，已完成整改3个。'),
        path: ORG_PARA,
        output: '巡视反馈的2个方面3个问题，已完成整改2个。',
      },
      { name: '措施数不符', notice: p('制定的6条整改措施，已完成4条。'), path: ORG_PARA, output: '制定的4条整改措施，已完成4条。' },
      {
        name: '完成率与条目不符（没写完成数）',
        notice: p('巡视反馈的2个方面3个问题，整改完成率100%。'),
        path: ORG_PARA,
        suggestion: '巡视反馈的2个方面3个问题，整改完成率66.7%。',
      },
      {
        name: '已完成数与关联台账不符（条目状态未标全，只能对台账）',
        notice: linked(
          { done: 3 },
          '巡视反馈的2个方面3个问题，已完成整改2个。',
          (n) => (n.rectification.items[0]!.children[1]!.status = null),
        ),
        path: ORG_PARA,
        suggestion: '巡视反馈的2个方面3个问题，已完成整改3个。',
      },
      {
        name: '问题数与关联台账不符',
        notice: linked({ problems: 4 }, '反馈的3项具体问题，已全部整改。', (n) => (n.rectification.items = [])),
        path: ORG_PARA,
        suggestion: '反馈的4项具体问题，已全部整改。',
      },
    ],
  },
  TB023: {
    valid: [
      { name: '细分相加等于总数', notice: p('给予党纪处分21人（党内警告11人、严重警告7人、开除党籍3人）。') },
      { name: '“其中”只列一部分', notice: p('组织处理10人（其中处级干部2人）。') },
    ],
    invalid: [
      {
        name: '细分之和不等于总数',
        notice: p('给予党纪处分21人（党内警告11人、严重警告7人、开除党籍2人）。'),
        path: ORG_PARA,
        suggestion: '给予党纪处分20人（党内警告11人、严重警告7人、开除党籍2人）。',
      },
      { name: '半角括号也核对', notice: p('政务处分3人(警告2人,撤职2人)。'), path: ORG_PARA },
      { name: '“其中”超过总数', notice: p('组织处理3人（其中处级干部5人）。'), path: ORG_PARA },
    ],
  },
  TB024: {
    valid: [{ name: '统计细分一致', notice: sample() }],
    invalid: [
      {
        name: '党纪处分细分不符',
        notice: sample((n) => (n.statistics.partyDiscipline.total = 6)),
        path: ['statistics', 'partyDiscipline', 'total'],
      },
    ],
  },
  TB025: {
    valid: [{ name: '办结率一致', notice: p('受理信访件40件，已办结38件，办结率95%。') }],
    invalid: [
      {
        name: '办结率不符',
        notice: p('受理信访件40件，已办结38件，办结率100%。'),
        path: ORG_PARA,
        suggestion: '受理信访件40件，已办结38件，办结率95%。',
      },
    ],
  },
  // —— 标点与数字用法 ——
  TB026: {
    valid: [
      { name: '全角标点', notice: p('高度重视，认真落实；会议于10:30召开，增长1.5倍。') },
      { name: '英文中的半角标点', notice: p('Hello, world.') },
    ],
    invalid: [
      { name: '半角逗号分号', notice: p('高度重视,认真落实;'), path: ORG_PARA, output: '高度重视，认真落实；' },
      { name: '半角冒号', notice: p('地点:会议室'), path: ORG_PARA, output: '地点：会议室' },
      { name: '半角括号', notice: p('巡察组(第一组)进驻'), path: ORG_PARA, output: '巡察组（第一组）进驻' },
      { name: '半角句点', notice: p('整改完成.'), path: ORG_PARA, output: '整改完成。' },
      { name: '残缺的括号', notice: p(')全力抓好安全生产。'), path: ORG_PARA, output: '）全力抓好安全生产。' },
    ],
  },
  TB027: {
    valid: [{ name: '成对的中文引号和书名号', notice: p('落实“立行立改”要求，修订《条例》，‘内层’不算。') }],
    invalid: [
      { name: '直引号', notice: p('坚持"立行立改"要求'), path: ORG_PARA, output: '坚持“立行立改”要求' },
      { name: '尖括号书名号', notice: p('学习<<条例>>'), path: ORG_PARA, output: '学习《条例》' },
      { name: '引号不成对', notice: p('坚持“立行立改要求。'), path: ORG_PARA },
      { name: '书名号不成对', notice: p('学习《条例。'), path: ORG_PARA },
    ],
  },
  TB028: {
    valid: [{ name: '规范省略号破折号', notice: p('学习、调研、督查……这是——说明。') }],
    invalid: [
      { name: '三个点', notice: p('学习、调研等等...'), path: ORG_PARA, output: '学习、调研等等……' },
      { name: '单个省略号', notice: p('学习、调研…'), path: ORG_PARA, output: '学习、调研……' },
      { name: '两个连字符', notice: p('这是--说明'), path: ORG_PARA, output: '这是——说明' },
    ],
  },
  TB029: {
    valid: [{ name: '引号之间无顿号', notice: p('坚持“立行立改”“长期坚持”，学习《条例》《办法》。') }],
    invalid: [
      { name: '引号之间有顿号', notice: p('坚持“立行立改”、“长期坚持”。'), path: ORG_PARA, output: '坚持“立行立改”“长期坚持”。' },
      { name: '书名号之间有顿号', notice: p('学习《条例》、《办法》。'), path: ORG_PARA, output: '学习《条例》《办法》。' },
    ],
  },
  TB030: {
    valid: [{ name: '规范序次语', notice: p('一、加强领导。（一）明确责任。1.细化任务。（1）按期完成。') }],
    invalid: [
      { name: '阿拉伯数字加顿号', notice: p('1、加强领导。'), path: ORG_PARA, output: '1.加强领导。' },
      { name: '括号后加顿号', notice: p('（一）、加强领导。'), path: ORG_PARA, output: '（一）加强领导。' },
      { name: '汉字数字加点', notice: p('一.加强领导。'), path: ORG_PARA, output: '一、加强领导。' },
    ],
  },
  TB031: {
    valid: [
      { name: '标题不带序号', notice: sample() },
      { name: '以数字开头的标题', notice: sample((n) => (n.rectification.items[0]!.title = '1.5倍差距问题')) },
    ],
    invalid: [
      {
        name: '标题手写了序号',
        notice: sample((n) => (n.rectification.items[0]!.title = '一、关于贯彻落实党中央决策部署方面')),
        path: ['rectification', 'items', 0, 'title'],
        output: '关于贯彻落实党中央决策部署方面',
      },
      {
        name: '措施标题手写了序号',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children[0]!.title = '1.健全学习制度。')),
        path: [...FIRST_MEASURE, 'title'],
        output: '健全学习制度。',
      },
    ],
  },
  TB032: {
    valid: [{ name: '标题无标点', notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')) }],
    invalid: [
      {
        name: '标题以句号结束',
        notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报。')),
        path: ['title', 'override'],
        output: '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报',
      },
    ],
  },
  TB033: {
    valid: [{ name: '样例中的标题', notice: sample() }],
    invalid: [
      {
        name: '独立标题以句号结束',
        notice: sample((n) => (n.rectification.items[0]!.title = '关于贯彻落实党中央决策部署方面。')),
        path: ['rectification', 'items', 0, 'title'],
        output: '关于贯彻落实党中央决策部署方面',
      },
      {
        name: 'run-in 标题缺句号',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children[0]!.title = '健全学习制度')),
        path: [...FIRST_MEASURE, 'title'],
        output: '健全学习制度。',
      },
      {
        name: 'run-in 标题以逗号结束',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children[0]!.title = '健全学习制度，')),
        path: [...FIRST_MEASURE, 'title'],
        output: '健全学习制度。',
      },
    ],
  },
  TB034: {
    valid: [{ name: '无多余空格', notice: p('整改落实，导出 Word 文档。') }],
    invalid: [
      { name: '汉字间空格', notice: p('整改 落实'), path: ORG_PARA, output: '整改落实' },
      { name: '段首全角空格', notice: p('\u3000\u3000整改落实'), path: ORG_PARA, output: '整改落实' },
    ],
  },
  TB035: {
    valid: [{ name: '半角数字', notice: p('共12项，完成率15%。') }],
    invalid: [
      { name: '全角数字', notice: p('共１２项。'), path: ORG_PARA, output: '共12项。' },
      { name: '全角百分号', notice: p('完成率15％。'), path: ORG_PARA, output: '完成率15%。' },
    ],
  },
  TB054: {
    valid: [{ name: '没有格式字符', notice: p('整改落实，共12项。') }],
    invalid: [
      { name: '零宽空格', notice: p('整改\u200B落实。'), path: ORG_PARA, output: '整改落实。' },
      { name: '零宽连接符与字节顺序标记', notice: p('\uFEFF整改落实\u200D。'), path: ORG_PARA, output: '整改落实。' },
      { name: '软连字符', notice: p('监督\u00AD检查。'), path: ORG_PARA, output: '监督检查。' },
      {
        name: '联系方式里的',
        notice: sample((n) => (n.contact.phones = ['0578-\u200B88001234'])),
        path: ['contact', 'phones', 0],
        output: '0578-88001234',
      },
    ],
  },
  TB036: {
    valid: [{ name: '规范发文字号', notice: p('印发《实施方案》（青政发〔2024〕5号）。') }],
    invalid: [
      { name: '方括号与虚位', notice: p('青政发[2024]05号'), path: ORG_PARA, output: '青政发〔2024〕5号' },
      { name: '六角括号但编了虚位', notice: p('青政发〔2024〕第05号'), path: ORG_PARA, output: '青政发〔2024〕5号' },
    ],
  },
  // —— 占位符与遗留 ——
  TB037: {
    valid: [{ name: '没有占位符', notice: p('二〇〇八年起实施，Xbox 不是占位符。') }],
    invalid: [
      { name: '××', notice: p('召开××次专题会议。'), path: ORG_PARA },
      { name: '待补充', notice: p('整改成效待补充。'), path: ORG_PARA },
      { name: '元信息中的 XX', notice: sample((n) => (n.meta.roundLabel = '十五届省委第XX轮')), path: ['meta', 'roundLabel'] },
      {
        name: 'TODO',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children[0]!.body = RichText.of('TODO 补数字'))),
        path: [...FIRST_MEASURE, 'body', 0],
      },
    ],
  },
  TB038: {
    valid: [
      {
        name: '改了一个字也算改写',
        notice: sample((n) => {
          const m = n.rectification.items[0]!.children[0]!.children[0]!
          m.body = RichText.of('修订学习规则，每周集中学习1次。')
          m.reference = { title: m.title, status: null, body: RichText.of('修订学习规则，每月集中学习1次。') }
        }),
      },
      {
        name: '正文已更新',
        notice: sample((n) => {
          const m = n.rectification.items[0]!.children[0]!.children[0]!
          m.reference = { title: m.title, status: null, body: RichText.of('上一轮：正在修订学习规则。') }
        }),
      },
      {
        name: '方面的描述原样沿用',
        notice: sample((n) => {
          const a = n.rectification.items[0]!
          a.body = RichText.of('主要表现为学习贯彻不够深入。')
          a.reference = { title: a.title, status: null, body: RichText.of('主要表现为学习贯彻不够深入。') }
        }),
      },
    ],
    invalid: [
      {
        name: '正文与上一轮相同',
        notice: sample((n) => {
          const m = n.rectification.items[0]!.children[0]!.children[0]!
          m.reference = { title: m.title, status: null, body: RichText.of(...RichText.texts(m.body)) }
        }),
        path: [...FIRST_MEASURE, 'body'],
      },
      {
        name: '只改了标点的全角半角和空格（“全部修复”之后）仍算未改写',
        notice: sample((n) => {
          const m = n.rectification.items[0]!.children[0]!.children[0]!
          m.body = RichText.of('修订学习规则，每月集中学习1次。')
          m.reference = { title: m.title, status: null, body: RichText.of('修订学习规则, 每月集中学习１次.') }
        }),
        path: [...FIRST_MEASURE, 'body'],
      },
    ],
  },
  // —— 公开安全 ——
  TB039: {
    valid: [{ name: '校验位不对的长数字', notice: p('编号110105194912310021。') }],
    invalid: [
      { name: '身份证号', notice: p('当事人身份证号11010519491231002X。'), path: ORG_PARA, output: '当事人身份证号110105********002X。' },
      // #10：写明“身份证”的号码，校验位抄错了也要隐去
      {
        name: '身份证标签后校验位不对的号码',
        notice: p('当事人身份证号码：110105194912310021。'),
        path: ORG_PARA,
        output: '当事人身份证号码：110105********0021。',
      },
    ],
  },
  TB040: {
    valid: [{ name: '单位固定电话', notice: p('联系电话：0571-86012345。') }],
    invalid: [
      { name: '正文中的手机号', notice: p('联系人手机13812345678。'), path: ORG_PARA, output: '联系人手机138****5678。' },
      { name: '联系电话是手机号', notice: sample((n) => (n.contact.phones = ['13812345678'])), path: ['contact', 'phones', 0] },
    ],
  },
  // —— 补充的标点与数字用法 ——
  TB041: {
    valid: [{ name: '定型词语用汉字', notice: p('增强“四个意识”，做到“两个维护”，落实一把手责任和三会一课制度。') }],
    invalid: [
      { name: '2个维护', notice: p('坚决做到“2个维护”。'), path: ORG_PARA, output: '坚决做到“两个维护”。' },
      { name: '1把手', notice: p('压实1把手责任。'), path: ORG_PARA, output: '压实一把手责任。' },
      { name: '4风', notice: p('持续整治4风问题。'), path: ORG_PARA, output: '持续整治四风问题。' },
    ],
  },
  TB042: {
    valid: [{ name: '规范间隔号', notice: p('落实“5·12”专项行动。') }],
    invalid: [{ name: '日文中点', notice: p('学习列奥纳多・达・芬奇的事迹。'), path: ORG_PARA, output: '学习列奥纳多·达·芬奇的事迹。' }],
  },
  TB043: {
    valid: [{ name: '规范的范围', notice: p('2023年3月15日至3月31日开展检查，1—3月完成率15%～30%。') }],
    invalid: [
      {
        name: '日期范围用连字符',
        notice: p('2023年3月15日-3月31日开展检查。'),
        path: ORG_PARA,
        output: '2023年3月15日至3月31日开展检查。',
      },
      { name: '月份范围用连字符', notice: p('1-3月完成整改。'), path: ORG_PARA, output: '1—3月完成整改。' },
      { name: '百分数范围漏写单位', notice: p('降低15～30%。'), path: ORG_PARA, output: '降低15%～30%。' },
    ],
  },
  TB044: {
    valid: [{ name: '规范数字', notice: p('培训3000人，十几个单位参加，增长0.5个百分点，共5万人。') }],
    invalid: [
      { name: '阿拉伯数字与千混写', notice: p('培训3千人。'), path: ORG_PARA, suggestion: '培训3000人。' },
      { name: '概数用了阿拉伯数字', notice: p('10几个单位参加。'), path: ORG_PARA, output: '十几个单位参加。' },
      { name: '纯小数缺整数位', notice: p('增长.5个百分点。'), path: ORG_PARA, output: '增长0.5个百分点。' },
    ],
  },
  TB045: {
    valid: [{ name: '文件名用书名号', notice: p('印发《整改工作方案》，召开全县巡视整改工作会议。') }],
    invalid: [
      { name: '会议名用书名号', notice: p('召开《全县巡视整改推进会》。'), path: ORG_PARA, suggestion: '召开全县巡视整改推进会。' },
    ],
  },
  TB046: {
    valid: [
      { name: '生成的导语', notice: sample() },
      {
        name: '手写导语的日期与通报信息一致',
        notice: sample(
          (n) =>
            (n.lead.override = RichText.of('2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。2024年7月18日，反馈了巡视意见。')),
        ),
      },
    ],
    invalid: [
      {
        name: '反馈日期不一致',
        notice: sample(
          (n) =>
            (n.lead.override = RichText.of('2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。2024年7月28日，反馈了巡视意见。')),
        ),
        path: ['lead', 'override', 0],
      },
      {
        name: '巡视组不一致',
        notice: sample((n) => (n.lead.override = RichText.of('2024年3月11日至5月20日，省委第六巡视组对青山县进行了巡视。'))),
        path: ['lead', 'override', 0],
        output: '2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。',
      },
      {
        name: '区间后半不一致',
        notice: sample((n) => (n.lead.override = RichText.of('2024年3月11日至5月21日，省委第五巡视组对青山县进行了巡视。'))),
        path: ['lead', 'override', 0],
      },
    ],
  },
  TB047: {
    valid: [
      { name: '生成的标题', notice: sample() },
      { name: '手写的完整标题', notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')) },
    ],
    invalid: [
      {
        name: '缺文种',
        notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况')),
        path: ['title', 'override'],
      },
      {
        name: '带网站栏目标签',
        notice: sample((n) => (n.title.override = '【巡视进行时】中共青山县委关于巡视整改进展情况的通报')),
        path: ['title', 'override'],
        output: '中共青山县委关于巡视整改进展情况的通报',
      },
    ],
  },
  TB048: {
    valid: [{ name: '校验不通过的长数字', notice: p('项目编号6222020200112233440。') }],
    invalid: [
      { name: '银行卡号', notice: p('退还款项至6222020200112233446。'), path: ORG_PARA, output: '退还款项至***************3446。' },
    ],
  },
  TB049: {
    valid: [{ name: '阿拉伯数字', notice: p('共发现问题45个，完成率15%，十四五规划，第十二次会议。') }],
    invalid: [
      { name: '汉字统计数字', notice: p('共发现问题，整改四十五个。'), path: ORG_PARA, output: '共发现问题，整改45个。' },
      { name: '百分之', notice: p('完成率达到百分之九十。'), path: ORG_PARA, output: '完成率达到90%。' },
    ],
  },
  TB050: {
    valid: [{ name: '概数写法正确', notice: p('用三四天时间，走访五六个村，一、二年级学生。') }],
    invalid: [
      { name: '汉字概数加顿号', notice: p('用三、四天时间。'), path: ORG_PARA, output: '用三四天时间。' },
      { name: '阿拉伯数字概数', notice: p('走访3、4个村。'), path: ORG_PARA, output: '走访三四个村。' },
    ],
  },
  TB051: {
    valid: [
      { name: '时限在反馈之后且已完成', notice: sample((n) => (n.rectification.items[0]!.children[0]!.deadline = '2024-08-30')) },
      { name: '时限未到仍在推进', notice: sample((n) => (n.rectification.items[0]!.children[1]!.deadline = '2099-12-31')) },
    ],
    invalid: [
      {
        name: '时限早于反馈日期',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.deadline = '2024-06-30')),
        path: [...FIRST_PROBLEM, 'deadline'],
      },
      {
        name: '时限已过仍在推进（警告）',
        notice: sample((n) => (n.rectification.items[0]!.children[1]!.deadline = '2024-12-31')),
        path: ['rectification', 'items', 0, 'children', 1, 'deadline'],
      },
    ],
  },
  TB052: {
    valid: [{ name: '问题都标了状态', notice: sample() }],
    invalid: [
      {
        name: '问题未标状态',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.status = null)),
        path: [...FIRST_PROBLEM, 'status'],
      },
    ],
  },
  TB053: {
    valid: [
      {
        name: '都说整改进展情况',
        notice: sample((n) => (n.lead.override = RichText.of('按照巡视工作有关要求，现将巡视整改进展情况予以公布。'))),
      },
    ],
    invalid: [
      {
        name: '标题是进展情况，导语说整改情况',
        notice: sample((n) => (n.lead.override = RichText.of('按照巡视工作有关要求，现将巡视整改情况予以公布。'))),
        path: ['lead', 'override', 0],
        suggestion: '按照巡视工作有关要求，现将巡视整改进展情况予以公布。',
      },
    ],
  },
  TB055: {
    valid: [
      { name: '状态已确认', notice: sample() },
      { name: '改了状态即确认', notice: sample((n) => (n.rectification.items[0]!.children[0]!.status = '已完成')) },
    ],
    invalid: [
      {
        name: '续报沿用的状态待确认',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.statusPending = true)),
        path: [...FIRST_PROBLEM, 'status'],
      },
      {
        name: '上一份没标状态，待填写',
        notice: sample((n) => {
          const q = n.rectification.items[0]!.children[0]!
          q.status = null
          q.statusPending = true
        }),
        path: [...FIRST_PROBLEM, 'status'],
      },
    ],
  },
  // issue 10（10c）：手写段落与表单字段一致
  TB060: {
    valid: [
      { name: '没有手写段落', notice: sample() },
      {
        name: '手写的联系方式段落写着表单中的每个渠道',
        notice: sample((n) => (n.contact.override = RichText.of(`欢迎监督。${CONTACT_LINE}（信封请注明：巡视整改）。`))),
      },
      {
        name: '手写导语与巡视信息一致',
        notice: sample(
          (n) => (n.lead.override = RichText.of('根据省委统一部署，2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视。')),
        ),
      },
      {
        name: '手写导语不写日期',
        notice: sample((n) => (n.lead.override = RichText.of('根据省委统一部署，省委第五巡视组对青山县进行了巡视。'))),
      },
    ],
    invalid: [
      {
        name: '表单改了电话，手写段落没改',
        notice: sample((n) => (n.contact.override = RichText.of(`欢迎监督。${CONTACT_LINE.replace('86012345', '86012346')}。`))),
        path: ['contact', 'phones', 0],
      },
      {
        name: '手写段落多一个表单没有的邮箱',
        notice: sample((n) => (n.contact.override = RichText.of(`欢迎监督。${CONTACT_LINE}、old@example.gov.cn。`))),
        path: ['contact', 'override'],
      },
      {
        name: '统计段落的人数与表单不同',
        notice: sample(
          (n) =>
            (n.statistics.override = RichText.of(
              '在巡视整改工作中，给予党纪处分5人（党内警告3人、严重警告2人）；政务处分3人；诫勉4人；建立完善制度12项；挽回经济损失86.5万元。',
            )),
        ),
        path: ['statistics', 'governmentSanction'],
      },
      {
        name: '手写导语的巡视组与表单不同',
        notice: sample(
          (n) => (n.lead.override = RichText.of('根据省委统一部署，2024年3月11日至5月20日，省委第六巡视组对青山县进行了巡视。')),
        ),
        path: ['meta', 'inspectionGroup'],
      },
      {
        name: '手写导语的反馈日期与表单不同',
        notice: sample((n) => (n.lead.override = RichText.of('2024年7月19日，省委第五巡视组向青山县委反馈了巡视意见。'))),
        path: ['meta', 'feedbackDate'],
      },
    ],
  },
  TB061: {
    valid: [
      { name: '标题按表单生成', notice: sample() },
      {
        name: '原文标题里有表单中的发文机关',
        notice: sample((n) => (n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')),
      },
    ],
    invalid: [
      {
        name: '表单改了发文机关，原文标题没改',
        notice: sample((n) => {
          n.title.override = '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报'
          n.meta.issuer.fullName = '中共青川县委'
        }),
        path: ['meta', 'issuer', 'fullName'],
      },
    ],
  },
  // —— #10：原文残留 ——
  TB056: {
    valid: [
      {
        name: '读得出的电话、邮箱、网址',
        notice: p('联系电话：0571-86012345；电子邮箱：qsxwxc@example.gov.cn；网址：www.example.gov.cn。'),
      },
      {
        name: '样例 001 的写法（邮箱无冒号）',
        notice: p('联系电话:0577-88527333;邮政信箱浙江省温州市邮政专用信箱A114号;电子邮箱ohqw@ouhai.gov.cn'),
      },
      { name: '正文里提到渠道而不写值', notice: p('设立举报电话、电子邮箱，畅通信访渠道，电话沟通12次。') },
      { name: '5 位服务号', notice: p('举报电话：12388。') },
    ],
    invalid: [
      { name: '电话少一位', notice: p('联系电话：0571-860123；'), path: ORG_PARA },
      { name: '手机号少一位', notice: p('联系电话：1381234567。'), path: ORG_PARA },
      { name: '邮箱缺顶级域名', notice: p('电子邮箱：qsxw@example。'), path: ORG_PARA },
      { name: '邮箱缺“@”', notice: p('电子邮箱：qsxw.example.gov.cn。'), path: ORG_PARA },
      {
        name: '手写联系方式段落中的错邮箱',
        notice: sample((n) => (n.contact.override = RichText.of('欢迎监督。电子邮箱：qsxw@example'))),
        path: ['contact', 'override', 0],
      },
      {
        name: '全角邮箱可改为半角',
        notice: p('电子邮箱：ｑｓｘｗ＠example.gov.cn。'),
        path: ORG_PARA,
        output: '电子邮箱：qsxw@example.gov.cn。',
      },
      { name: '标签后留空', notice: p('联系电话：；电子邮箱：qsxwxc@example.gov.cn。'), path: ORG_PARA },
    ],
  },
  TB057: {
    valid: [
      { name: '样例中的措施标题', notice: sample() },
      {
        name: '问题标题按巡视原话，长而带逗号',
        notice: sample(
          (n) =>
            (n.rectification.items[0]!.children[0]!.title =
              '关于常态化防控期间，有的干部思想出现松懈，对集中隔离点的食品安全监管不够到位问题的整改情况'),
        ),
      },
      {
        name: '并列短语的措施标题',
        notice: sample((n) => (n.rectification.items[0]!.children[0]!.children[0]!.title = '健全学习制度，完善考核机制')),
      },
      {
        name: 'run-in 标题句',
        notice: sample(
          (n) =>
            (n.rectification.items[0]!.children[0]!.children[0]!.title =
              '压实班子责任，制定《领导班子成员履责清单》，明确要求班子成员带头落实，全面压实从严治党主体责任。'),
        ),
      },
    ],
    invalid: [
      {
        name: '丢了句号的正文被排成独立标题',
        notice: sample((n) => {
          const m = n.rectification.items[0]!.children[0]!.children[0]!
          m.runIn = false
          m.title = '压实班子责任制定《领导班子成员全面从严治党履责清单》,明确要求班子成员带头落实,全面压实从严治党主体责任'
        }),
        path: [...FIRST_MEASURE, 'title'],
        suggestion: '',
      },
    ],
  },
  TB058: {
    valid: [
      { name: '样例通报', notice: sample() },
      { name: '正文里说到发布和分享', notice: p('发布日期：2024年9月20日前完成整改方案的公开，并分享到各支部学习。') },
      { name: '联系方式一行', notice: p('联系电话：0571-86012345') },
      { name: '短的正文句子', notice: p('下一步打算') },
    ],
    invalid: [
      { name: '导航路径', notice: p('您现在的位置：首页 >> 巡察工作'), path: ORG_PARA },
      { name: '以分隔号开头的栏目路径', notice: p(' > 廉政新闻  > 巡察工作'), path: ORG_PARA },
      { name: '发布日期与来源', notice: p('发布时间：2024-09-20 10:15 来源：县委办'), path: ORG_PARA },
      { name: '分享、打印、关闭', notice: p('【分享】【打印本页】【关闭窗口】'), path: ORG_PARA },
      { name: '网站页脚', notice: p('版权所有：青山县人民政府 浙ICP备12345678号'), path: ORG_PARA },
      {
        name: '条目正文中的计数',
        notice: sample((n) => n.rectification.items[0]!.children[0]!.children[0]!.body.push(Paragraph.of('0'))),
        path: [...FIRST_MEASURE, 'body', 1],
      },
    ],
  },
}

/** 样例通报各联系渠道在段落中的一种写法（TB060 用例）。 */
const CONTACT_LINE = '联系电话：0571-86012345；邮政信箱：浙江省青山县人民大道1号县委办公室；邮编：311300；电子邮箱：qsxwxc@example.gov.cn'

export { setAt }
