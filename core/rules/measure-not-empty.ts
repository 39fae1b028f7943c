// 完整性：不留空的措施条目（导出时会成为只有序号的空段）。
import { Item, type Path } from '../model/item'
import { RichText } from '../model/rich-text'
import type { Notice } from '../model/notice'
import type { Fix, Rule } from './types'
import { getAtPath } from '../model/item'

function removeFix(notice: Notice, path: Path): Fix {
  const parentPath = path.slice(0, -1)
  const index = path[path.length - 1] as number
  const siblings = getAtPath(notice, parentPath) as unknown[]
  return { kind: 'set-value', label: '删除这条空措施', path: parentPath, value: siblings.filter((_, i) => i !== index) }
}

export const measureNotEmpty: Rule = {
  meta: { code: 'TB007', name: 'measure-not-empty', severity: 'error', description: '措施条目不能为空（没有标题、正文和下级条目）。可一键删除空措施。' },
  check(notice, report) {
    for (const { item, path } of Item.all(notice)) {
      if (item.role !== 'measure' || item.title.trim() !== '' || !RichText.isEmpty(item.body) || item.children.length > 0) continue
      report({ message: '措施条目是空的', location: { path }, fix: removeFix(notice, path) })
    }
  },
}
