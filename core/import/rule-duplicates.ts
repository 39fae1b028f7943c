/**
 * 导入时的日期发现与校验规则 TB018（garbled-date）的分工。
 *
 * 丢了“年月日至”的日期（“2023726”“202331531”）若原样留在保留原话的文字里（导语、正文……），
 * TB018 会在同一处、以同样的意思报告它，并给出改写文字的修复；它在编辑器里随改随查，改好即消失。
 * 导入器若再报一遍，同一串数字在 `tongbao validate`、`tongbao import --json` 和导入面板里就出现两次。
 * 所以：规则会报的，导入器不报。具体是——
 * - 唯一读法（import-date-repaired）：导入器已按这一读法填好巡视期间、反馈日期等字段，
 *   文字中的残缺由 TB018 报告、修复，导入器的这条去掉；
 * - 几种读法（import-date-ambiguous）：文字由 TB018 报告；但字段因此留空，这是导入器才知道的事，
 *   改为定位到那个字段、不引原文数字的一条，“请确认后填写”，候选照旧（直接填字段）；
 * - 只存为日期值、文字已不在模型里的（落款日期），规则看不到，导入器照常报告。
 * 是否“规则会报”，不靠推测：对那段文字实际跑一遍 TB018，看范围是否重叠。
 */
import type { Notice } from '../model/notice'
import { garbledDate } from '../rules/garbled-date'
import { textContext } from '../rules/text-rule'
import { textUnits } from '../rules/text-units'
import type { Finding } from '../rules/types'
import { IMPORT_RULES, importFinding } from '../rules/import-rules'

const DATE_RULES = new Set<string>([IMPORT_RULES.dateRepaired.code, IMPORT_RULES.dateAmbiguous.code])

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]

/** TB018 在各段文字中报告的范围，按路径（JSON 形式）索引。 */
function garbledRanges(notice: Notice): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>()
  const context = textContext(notice)
  for (const unit of textUnits(notice)) {
    if (!garbledDate.kinds.includes(unit.kind)) continue
    garbledDate.checkText(unit.text, unit.kind, context, (issue) => {
      if (!issue.range) return
      const key = JSON.stringify(unit.path)
      out.set(key, [...(out.get(key) ?? []), issue.range])
    })
  }
  return out
}

/** 去掉（或改写）与 TB018 重复的导入日期发现，见文件头的分工。 */
export function withoutRuleDuplicates(findings: Finding[], notice: Notice): Finding[] {
  if (!findings.some((f) => DATE_RULES.has(f.rule) && f.location.range)) return findings
  const ranges = garbledRanges(notice)
  return findings.flatMap((f): Finding[] => {
    const range = f.location.range
    if (!DATE_RULES.has(f.rule) || !range) return [f]
    if (!(ranges.get(JSON.stringify(f.location.path)) ?? []).some((r) => overlaps(r, range))) return [f]
    if (f.rule === IMPORT_RULES.dateRepaired.code) return []
    const field = f.suggestions?.[0]?.kind === 'set-value' ? f.suggestions[0].path : null
    if (!field) return []
    const what = field[field.length - 1] === 'period' ? `${notice.meta.kind}期间` : '反馈日期'
    return [importFinding('dateAmbiguous', 'fieldEmpty', field, { data: { what, count: f.suggestions!.length }, suggestions: f.suggestions })]
  })
}
