/** 模板套话随信息更新：组织情况、下一步打算的开头语仍是未改动的模板文字时，按新的信息重新生成（如把“××”换成机关简称）。 */
import { metaValues } from '../../core/derive/values'
import { type Notice, RichText } from '../../core/model'
import { fill } from '../../core/template/template'
import { templateFor } from '../../core/template/templates'

const BOILERPLATE = { organization: 'organization', nextSteps: 'nextSteps' } as const

/** 返回需要替换的部分段落；用户改过的段落不动。 */
export function refreshedBoilerplate(before: Notice, after: Notice): Partial<Record<'organization' | 'nextSteps', RichText>> {
  const out: Partial<Record<'organization' | 'nextSteps', RichText>> = {}
  const t0 = templateFor(before.meta.kind)
  const t1 = templateFor(after.meta.kind)
  for (const key of Object.keys(BOILERPLATE) as (keyof typeof BOILERPLATE)[]) {
    const old = fill(t0.boilerplate[key], metaValues(before), t0.placeholder)
    const next = fill(t1.boilerplate[key], metaValues(after), t1.placeholder)
    if (old === next) continue
    const paragraphs = before[key].paragraphs
    const i = paragraphs.findIndex((p) => RichText.text([p]) === old)
    if (i < 0) continue
    out[key] = paragraphs.map((p, k) => (k === i ? RichText.of(next)[0]! : p))
  }
  return out
}
