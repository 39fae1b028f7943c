/** 规范化：保持部分的扁平序列合乎模型（首元素为部分标题，条目层级不跳级，段落归属正确）。 */
import { Editor, Element, Node, Transforms } from 'slate'
import type { NoticeEditor } from './custom-types'
import { MAX_DEPTH } from './structure'

/**
 * 每一轮只修一处（Slate 会反复调用直到没有问题）。检查放在根节点上，
 * 因为删除一个条目时受影响的是它后面的元素，而 Slate 只把被删节点的祖先标为待检。
 */
export function withNoticeStructure(editor: NoticeEditor): NoticeEditor {
  const { normalizeNode } = editor
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry
    if (path.length === 0) {
      const first = editor.children[0]
      if (!first || !Element.isElement(first) || first.type !== 'section-heading') {
        Transforms.insertNodes(editor, { type: 'section-heading', children: [{ text: '' }] }, { at: [0] })
        return
      }
      let lastItemDepth = -1
      for (let i = 0; i < editor.children.length; i++) {
        const el = editor.children[i]!
        if (i > 0 && el.type === 'section-heading') {
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: [i] })
          return
        }
        if (el.type === 'paragraph' && lastItemDepth >= 0) {
          Transforms.setNodes(editor, { type: 'item-body' }, { at: [i] })
          return
        }
        if (el.type === 'item-body' && lastItemDepth < 0) {
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: [i] })
          return
        }
        if (el.type === 'item') {
          const allowed = Math.min(MAX_DEPTH, lastItemDepth + 1)
          if (el.depth > allowed || el.depth < 0 || !Number.isInteger(el.depth)) {
            Transforms.setNodes(editor, { depth: Math.max(0, Math.min(allowed, Math.floor(el.depth) || 0)) }, { at: [i] })
            return
          }
          lastItemDepth = el.depth
        }
      }
    }
    // 标题类元素只存纯文字：粘贴进来的加粗、倾斜去掉。
    if (Element.isElement(node) && (node.type === 'item' || node.type === 'section-heading')) {
      for (const [child, childPath] of Node.children(editor, path)) {
        if ('bold' in child || 'italic' in child) {
          Transforms.unsetNodes(editor, ['bold', 'italic'], { at: childPath })
          return
        }
      }
    }
    normalizeNode(entry, options)
  }
  // 增删文字改不了元素的类型与层级：不把根节点标为待检（Slate 缺省标上被改节点的全部祖先），
  // 否则每次按键都把整个部分从头扫一遍（五十万字的通报约一万块，每键约半毫秒，issue #15）。
  // 结构操作（插入、删除、移动、合并、拆分、改属性）照旧标上根节点。
  const { getDirtyPaths } = editor
  editor.getDirtyPaths = (op) => {
    const paths = getDirtyPaths(op)
    return op.type === 'insert_text' || op.type === 'remove_text' ? paths.filter((p) => p.length > 0) : paths
  }
  // 条目内不允许行内元素；全部是块。
  editor.isInline = () => false
  return editor
}

/** 当前光标所在的顶层元素下标；没有光标时为 null。 */
export function currentIndex(editor: Editor): number | null {
  const sel = editor.selection
  if (!sel) return null
  return sel.anchor.path[0] ?? null
}
