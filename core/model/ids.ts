/** 条目的稳定标识：编辑器以它为 key，增量校验以它定位变化。 */
export function newId(): string {
  return crypto.randomUUID().slice(0, 8)
}

/**
 * 让一串编号互不相同：按顺序，第一次出现的保留，重复的（与前面的或与 taken 中的相同）换成新编号。
 * 粘贴复制来的条目、被手工改过的工程文件都会带来重复编号；重复的编号会让信息面板改错条目。
 * 返回新的编号表和被换掉的位置。
 */
export function repairDuplicateIds(
  ids: readonly string[],
  taken: ReadonlySet<string> = new Set(),
  fresh: () => string = newId,
): { ids: string[]; changed: number[] } {
  const seen = new Set(taken)
  const out: string[] = []
  const changed: number[] = []
  ids.forEach((id, i) => {
    let next = id
    if (seen.has(next)) {
      do next = fresh()
      while (seen.has(next))
      changed.push(i)
    }
    seen.add(next)
    out.push(next)
  })
  return { ids: out, changed }
}
