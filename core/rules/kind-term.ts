// 巡视/巡察用词与通报类型一致：巡视通报说巡视组、巡视意见、巡视整改，巡察通报说巡察组、巡察意见、巡察整改。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

/** 指本次巡视/巡察本身的搭配；“区委巡察办”“第二轮巡察”等说的是别的工作，不在其中。 */
const OWN_PROCESS = '(?=整改|组|意见|反馈|发现|指出|进驻|期间)'
/**
 * 同一句中前面提到另一层级机关自己的巡视/巡察时（“区委第二轮巡察”），说的是那项工作（巡视通报中“区委第二轮巡察……巡察组兼职副组长”）。
 */
const OTHER_BODY: Record<'巡视' | '巡察', string> = {
  巡视: '(?:市委|县委|区委|州委|旗委|党工委|党委)',
  巡察: '(?:中央|省委|自治区党委|党组)',
}

function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at)
  return open !== -1 && text.lastIndexOf('》', at) < open
}

export const kindTerm = textRule({
  meta: {
    code: 'TB019',
    title: '巡视巡察用词混淆',
    name: 'kind-term',
    severity: 'error',
    messages: {
      wrongKind: '本文为{{kind}}整改通报，此处写作“{{found}}”，应为“{{kind}}”',
    },
    description:
      '巡视通报中不应出现指本次工作的“巡察组”“巡察整改”“巡察意见”等，巡察通报反之（“巡视巡察”并称、书名号内的文件名、其他机关的巡视巡察不算）。可一键改为与通报类型一致的用词。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, ctx, report) {
    const wrong = ctx.kind === '巡视' ? '巡察' : '巡视'
    if (!text.includes(wrong)) return
    const re = new RegExp(`(?<!巡视|巡察)${wrong}(?!巡视|巡察)${OWN_PROCESS}`, 'g')
    const other = new RegExp(`${OTHER_BODY[ctx.kind]}(?:第[一二三四五六七八九十\\d]+轮)?(?:专项)?${wrong}`)
    for (const h of hits(re, text)) {
      const sentence = text.slice(Math.max(text.lastIndexOf('。', h.start), text.lastIndexOf('；', h.start)) + 1, h.end)
      if (insideBookTitle(text, h.start) || other.test(sentence)) continue
      report({
        messageId: 'wrongKind',
        data: { kind: ctx.kind, found: wrong + text.slice(h.end, h.end + 2) },
        range: [h.start, h.end],
        fix: { label: `改为“${ctx.kind}”`, range: [h.start, h.end], text: ctx.kind },
      })
    }
  },
})
