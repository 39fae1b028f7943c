/** 预热用的一份自拟的小通报（不取自样例）：导入 Worker 与纸面在空闲时各用它跑一遍，函数先编译好。 */
import { Item, type Notice, RichText } from '../../core/model'
import { createNotice } from '../../core/template/new-notice'

export function warmUpNotice(): Notice {
  const base = createNotice('巡视', {
    issuer: { fullName: '中共某县委', shortName: '某县委' },
    roundLabel: '第一轮',
    inspectionGroup: '第一巡视组',
  })
  const measure = Item.create('measure', '某项措施。', { body: RichText.of('已完成，建立制度2项。') })
  const problem = Item.create('problem', '某个问题。', { status: '已完成', children: [measure] })
  return {
    ...base,
    rectification: { ...base.rectification, items: [Item.create('aspect', '关于某方面的问题', { children: [problem] })] },
  }
}
