/** 条目的稳定标识：编辑器以它为 key，增量校验以它定位变化。 */
export function newId(): string {
  return crypto.randomUUID().slice(0, 8)
}
