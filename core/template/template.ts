import * as z from 'zod'
import { InspectionKindSchema, PartKeySchema } from '../model/notice'

/** 通报模板：各部分顺序、必填部分、套话（占位符由 meta 填充）。 */
export const TemplateSchema = z.strictObject({
  id: z.string(),
  kind: InspectionKindSchema,
  name: z.string(),
  defaultLevel: z.string(),
  parts: z.array(PartKeySchema),
  required: z.array(PartKeySchema),
  boilerplate: z.strictObject({
    title: z.string(),
    lead: z.string(),
    organization: z.string(),
    nextSteps: z.string(),
    contactOpening: z.string(),
    progress: z.string(),
  }),
  /** 未知信息的占位符；校验规则会把它标为待补充。 */
  placeholder: z.string(),
  /** 输入处空着时显示的示例（灰字，不进通报）；{level} 由通报信息中的巡视/巡察主体填入。 */
  examples: z.strictObject({
    /** 三个可编辑部分的部分标题 */
    headings: z.strictObject({ organization: z.string(), rectification: z.string(), nextSteps: z.string() }),
    /** 通报信息的“轮次” */
    roundLabel: z.string(),
  }),
})
export type Template = z.infer<typeof TemplateSchema>

/** 用值填充 `{name}` 占位符；缺值时填入模板占位符，交给校验提示。 */
export function fill(pattern: string, values: Record<string, string | null | undefined>, placeholder: string): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key]
    return v === null || v === undefined ? placeholder : v
  })
}
