/** 一个输入框里用“、”、逗号或分号分开的多个值（联系电话、抄送机关……）。 */
export function splitValues(s: string): string[] {
  return s
    .split(/[、，,；;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')
}
