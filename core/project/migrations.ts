/**
 * 格式迁移：键为旧版本号 v，函数把 v 版的 notice 转为 v+1 版。链只有一条，每次模型变化加下一步及其测试。
 *
 * 1 → 2：条目加可选的 statusPending（续报中待确认的沿用状态）与 leader（责任领导），通报加可选的 signOff
 * （签发稿设置）。三者都可省略、省略即旧义，所以版本 1 的内容原样就是合法的版本 2；版本号仍要加一，
 * 因为旧程序读不懂带这些字段的新文件（strictObject 会拒绝），须让它报“由更新版本保存”而不是“内容损坏”。
 *
 * 2 → 3：通报加可选的 ledger（关联的整改台账的数字）。同样省略即旧义，内容原样；版本号加一的理由同上。
 */
export const MIGRATIONS = new Map<number, (notice: unknown) => unknown>([
  [1, (notice) => notice],
  [2, (notice) => notice],
])
