// 续报沿用的整改状态尚未确认：确认（或改为本次的状态）之前，进度句和状态栏都不计入它。
import { itemRule } from './item-rule'

export const statusUnconfirmed = itemRule({
  meta: {
    code: 'TB055',
    title: '整改状态待确认',
    name: 'status-unconfirmed',
    severity: 'warning',
    description:
      '续报时问题的整改状态沿用自上一份通报，标为“待确认”：请逐个确认或改为本次的状态。待确认的状态不计入进度（“已完成整改X个”、状态栏的进度），导出前也会询问。是否已完成需要本人判断，因此没有一键修复。',
    messages: {
      pending: '整改状态“{{status}}”沿用自上一份通报，尚未确认',
      pendingEmpty: '上一份通报中这个问题没有标状态，请填写本次的整改状态',
    },
  },
  sections: ['rectification'],
  checkItem(item, path, _context, report) {
    if (!item.statusPending) return
    if (item.status === null) report({ messageId: 'pendingEmpty', location: { path: path.concat('status') } })
    else report({ messageId: 'pending', data: { status: item.status }, location: { path: path.concat('status') } })
  },
})
