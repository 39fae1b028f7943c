/**
 * 格式迁移：键为旧版本号 v，函数把 v 版的 notice 转为 v+1 版。
 * 版本 1 是第一个版本，目前没有迁移；加入版本 2 时在这里补 `[1, fromV1]`。
 */
export const MIGRATIONS = new Map<number, (notice: unknown) => unknown>()
