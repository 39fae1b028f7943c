// 输入处的示例文字（占位灰字）：按巡视/巡察和层级取自 templates/*.json，不在界面里写死（issue #10 第 7 点）。
import type { SectionKey } from '../model/item'
import type { InspectionKind, Notice } from '../model/notice'
import { fill } from './template'
import { templateFor } from './templates'

/** 部分标题的示例，如逐条整改的“巡视反馈问题整改落实情况”。 */
export function sectionHeadingExample(kind: InspectionKind, section: SectionKey): string {
  return templateFor(kind).examples.headings[section]
}

/** “轮次”的示例：层级随通报信息（巡察、市委 → “十二届市委第三轮”）；层级未填时用模板的默认层级。 */
export function roundLabelExample(meta: Notice['meta']): string {
  const t = templateFor(meta.kind)
  return fill(t.examples.roundLabel, { level: meta.level.trim() || t.defaultLevel }, t.placeholder)
}
