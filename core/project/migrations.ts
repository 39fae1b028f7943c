/**
 * 格式迁移：键为旧版本号 v，函数把 v 版的 notice 转为 v+1 版。链只有一条，每次模型变化加下一步及其测试。
 *
 * 1 → 2：条目加可选的 statusPending（续报中待确认的沿用状态）与 leader（责任领导），通报加可选的 signOff
 * （签发稿设置）。三者都可省略、省略即旧义，所以版本 1 的内容原样就是合法的版本 2；版本号仍要加一，
 * 因为旧程序读不懂带这些字段的新文件（strictObject 会拒绝），须让它报“由更新版本保存”而不是“内容损坏”。
 *
 * 2 → 3：通报加可选的 ledger（关联的整改台账的数字）。同样省略即旧义，内容原样；版本号加一的理由同上。
 *
 * 3 → 4：工程加 documentId（稳定标识，此时生成）与 versions（保存的版本，旧文件没有，为空）。迁移因此作用于
 * 信封里的内容（通报与版本），不只是通报：版本与当前通报同一格式版本保存，以后某一步改了通报的形状，
 * 须同样改每个版本里的通报（body.versions[i].notice）。
 */
import { newDocumentId } from './versions'

/** 信封中随版本迁移的部分：当前通报，以及（版本 4 起）工程标识与版本。 */
export interface ProjectBody {
  notice: unknown
  documentId?: unknown
  versions?: unknown
}

export const MIGRATIONS = new Map<number, (body: ProjectBody) => ProjectBody>([
  [1, (body) => body],
  [2, (body) => body],
  [3, (body) => ({ ...body, documentId: newDocumentId(), versions: [] })],
])
