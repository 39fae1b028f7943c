// 完整性：不留空的措施条目（导出时会成为只有序号的空段）。
import { RichText } from '../model/rich-text'
import { itemRule } from './item-rule'

export const measureNotEmpty = itemRule({
  meta: {
    code: 'TB007',
    title: '空的措施条目',
    name: 'measure-not-empty',
    severity: 'error',
    description: '措施条目不能为空（没有标题、正文和下级条目）。可一键删除空措施。',
    messages: { empty: '措施条目是空的' },
  },
  sections: ['organization', 'rectification', 'nextSteps'],
  checkItem(item, path, _context, report) {
    if (item.role !== 'measure' || item.title.trim() !== '' || !RichText.isEmpty(item.body) || item.children.length > 0) return
    report({ messageId: 'empty', location: { path }, fix: { kind: 'remove-item', label: '删除这条空措施', path } })
  },
})
