/** 落款机关那一行的样子。 */

/** 落款机关：短行、无标点，以机关名称常见的字样结尾。 */
export function isOrgLine(p: string): boolean {
  return p.length <= 40 && !/[，,。；;：:]/.test(p) && /(委|委员会|党组|党委|工委|政府|局|办公室|厅|院|校|公司|中心|会)$/.test(p)
}
