import { Item } from '../../../core/model/item'
import type { Notice } from '../../../core/model/notice'
import { RichText } from '../../../core/model/rich-text'
import { createNotice } from '../../../core/template/new-notice'

/**
 * 为版式测试生成的长通报（虚构内容，词句由固定词表按伪随机组合，与样例原文无关）：
 * 四级标题、独立与段内标题、无编号小项都有，篇幅可达数页乃至数十万字。
 */
const WORDS = [
  '坚持',
  '问题导向',
  '压实责任',
  '整改落实',
  '建立健全',
  '长效机制',
  '专项治理',
  '督促检查',
  '台账管理',
  '对账销号',
  '基层党组织',
  '作风建设',
  '干部队伍',
  '监督执纪',
  '制度执行',
  '财政资金',
  '项目建设',
  '民生实事',
  '营商环境',
  '群众满意度',
  '统筹推进',
  '分类施策',
  '举一反三',
  '标本兼治',
  '跟踪问效',
  '定期通报',
  '约谈提醒',
  '考核评价',
  '培训教育',
  '闭环管理',
]

/** 确定性的伪随机数（mulberry32），同一种子总得同一篇通报。 */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentence(rand: () => number): string {
  const n = 3 + Math.floor(rand() * 5)
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!)
  // 只用全角标点：整行都是全宽字符，版式检查才能逐字计数。
  return words.join(rand() < 0.3 ? '、' : '') + (rand() < 0.25 ? '；' : '，') + WORDS[Math.floor(rand() * WORDS.length)] + '。'
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join('')
}

export interface LongNoticeSize {
  aspects: number
  problemsPerAspect: number
  measuresPerProblem: number
  /** 每段的句数 */
  sentences: number
}

export function longNotice(size: LongNoticeSize, seed = 7): Notice {
  const rand = random(seed)
  const n = createNotice('巡察', {
    issuer: { fullName: '中共白石市委员会', shortName: '白石市委' },
    level: '省委',
    roundLabel: '十三届省委第九轮',
    inspectionGroup: '省委第二巡察组',
    target: '白石市',
    period: { start: '2025-03-03', end: '2025-04-30' },
    feedbackDate: '2025-06-16',
  })
  n.organization.heading = '整改工作组织情况'
  n.organization.paragraphs = RichText.of(paragraph(rand, size.sentences), paragraph(rand, size.sentences))
  n.rectification.heading = '整改落实情况'
  n.rectification.items = Array.from({ length: size.aspects }, (_, a) =>
    Item.create('aspect', `关于${WORDS[a % WORDS.length]}方面存在的问题`, {
      runIn: false,
      children: Array.from({ length: size.problemsPerAspect }, (_, p) =>
        Item.create('problem', `针对${WORDS[(a + p + 3) % WORDS.length]}不到位的问题`, {
          runIn: p % 2 === 1,
          status: '已完成',
          body: p % 2 === 1 ? RichText.of(paragraph(rand, size.sentences)) : [],
          children: Array.from({ length: size.measuresPerProblem }, (_, m) =>
            Item.create('measure', m % 3 === 2 ? '' : `${WORDS[(a * 7 + m) % WORDS.length]}。`, {
              body: RichText.of(paragraph(rand, size.sentences)),
              ...(m === size.measuresPerProblem - 1 && m > 0 ? { unnumbered: true as const } : {}),
              children:
                m === 0
                  ? [
                      Item.create('measure', `${WORDS[(m + 11) % WORDS.length]}。`, {
                        body: RichText.of(paragraph(rand, Math.max(1, size.sentences - 1))),
                      }),
                    ]
                  : [],
            }),
          ),
        }),
      ),
    }),
  )
  n.nextSteps.heading = '下一步工作打算'
  n.nextSteps.paragraphs = RichText.of(paragraph(rand, size.sentences))
  n.contact.phones = ['0731-85550123']
  n.contact.emails = ['bsswxcb@example.gov.cn']
  n.signature = { org: '中共白石市委员会', date: '2025-08-28' }
  return n
}
