// 巡视/巡察主体层级一致：省委巡视的通报不应写“市委第五巡视组”“根据市委统一部署”。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const LEVELS = '中央|省委|自治区党委|市委|州委|盟委|县委|区委|旗委'
const GROUP = new RegExp(
  `(${LEVELS})(?:第[一二三四五六七八九十\\d]+|[一二三四五六七八九十\\d]*)(巡视|巡察)(?:组|[一二三四五六七八九十\\d]+组)`,
  'g',
)
const LEVEL = new RegExp(`^(?:${LEVELS})$`)
const DEPLOY = new RegExp(`根据(${LEVELS})(?:的)?(?:统一)?部署`, 'g')

export const levelConsistency = textRule({
  meta: {
    code: 'TB020',
    title: '巡视巡察层级不一致',
    name: 'level-consistency',
    severity: 'warning',
    messages: {
      level: '此处写作“{{found}}”，与通报信息中的{{kind}}层级“{{level}}”不一致',
    },
    description:
      '文中的巡视/巡察组和“根据××统一部署”的层级（中央、省委、市委、县委……）应与通报信息中的巡视/巡察层级一致。可一键改为通报信息中的层级。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, ctx, report) {
    if (!LEVEL.test(ctx.level)) return
    const check = (start: number, found: string) => {
      if (found === ctx.level) return
      const range: [number, number] = [start, start + found.length]
      report({
        messageId: 'level',
        data: { found, kind: ctx.kind, level: ctx.level },
        range,
        fix: { label: `改为“${ctx.level}”`, range, text: ctx.level },
      })
    }
    if (text.includes(ctx.kind)) for (const h of hits(GROUP, text)) if (h.groups[1] === ctx.kind) check(h.start, h.groups[0]!)
    if (text.includes('根据')) for (const h of hits(DEPLOY, text)) check(h.start + 2, h.groups[0]!)
  },
})
