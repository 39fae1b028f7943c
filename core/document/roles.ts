/** 条目角色的层次（方面 → 问题 → 措施）：编辑器新建条目、粘贴进已有条目之下时都按它推定角色。 */
import type { ItemRole } from '../model/notice'

const ROLE_ORDER: readonly ItemRole[] = ['aspect', 'problem', 'measure']

/** 上级为 role 时下级的角色；措施之下仍是措施。 */
export function childRole(role: ItemRole): ItemRole {
  return ROLE_ORDER[Math.min(2, ROLE_ORDER.indexOf(role) + 1)]!
}

/** 角色 a 在 b 之下（或同级）：措施不能是问题的上级。 */
export function roleRank(role: ItemRole): number {
  return ROLE_ORDER.indexOf(role)
}
