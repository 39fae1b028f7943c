// 送审稿测试用的一组编辑：在一份样例通报的副本上改写一处字词、删一句、加一段、移动一个条目。
// 返回改后的通报，以及每处编辑的文字，供测试核对 LibreOffice 读出的修订正是这几处。
import { type Item, type Notice, RichText } from '../../core/model'
import { Paragraph } from '../../core/model/rich-text'

export interface ReviewEdits {
  edited: Notice
  /** 改写：原来的字与改成的字 */
  reword: { from: string; to: string }
  /** 删去的句子 */
  deletedSentence: string
  /** 加入的段落 */
  insertedParagraph: string
  /** 移动的条目的标题 */
  movedTitle: string
}

const NEW_WORDS = '切实推动'
export const INSERTED_PARAGRAPH = '新增段落：建立健全长效机制，每季度开展一次“回头看”。'

function* itemsOf(items: Item[]): Generator<Item> {
  for (const item of items) {
    yield item
    yield* itemsOf(item.children)
  }
}

/** 在 structuredClone 的副本上改；原通报不动。 */
export function makeReviewEdits(original: Notice): ReviewEdits {
  const edited = structuredClone(original)
  // 移动：有三个以上同级条目的一组里，把最后一个移到最前；其余编辑不碰它（及其下级）。
  const all = [...itemsOf(edited.rectification.items)]
  const siblings = [edited.rectification.items, ...all.map((i) => i.children)].find((g) => g.length >= 3)!
  const moved = siblings.pop()!
  siblings.unshift(moved)
  const movedSubtree = new Set(itemsOf([moved]))
  const withBody = all.filter((i) => i.body.length > 0 && !movedSubtree.has(i))
  // 改写：第一个有正文的条目，其首段第 6–9 字。
  const rewordItem = withBody[0]!
  const p0 = Paragraph.text(rewordItem.body[0]!)
  const from = p0.slice(6, 10)
  rewordItem.body[0] = Paragraph.of(p0.slice(0, 6) + NEW_WORDS + p0.slice(10))
  // 删一句：另一个条目里有三句以上的一段，删去第二句。
  let deletedSentence = ''
  for (const item of withBody.slice(1, -1)) {
    const k = item.body.findIndex((p) => (Paragraph.text(p).match(/[^。]+。/g) ?? []).length >= 3)
    if (k < 0) continue
    const text = Paragraph.text(item.body[k]!)
    deletedSentence = text.match(/[^。]+。/g)![1]!
    item.body[k] = Paragraph.of(text.replace(deletedSentence, ''))
    break
  }
  if (!deletedSentence) throw new Error('样例里没有三句以上的段落')
  // 加一段：最后一个有正文的条目（不是移动的那个），正文末尾。
  const last = withBody[withBody.length - 1]!
  last.body = [...last.body, ...RichText.of(INSERTED_PARAGRAPH)]
  return { edited, reword: { from, to: NEW_WORDS }, deletedSentence, insertedParagraph: INSERTED_PARAGRAPH, movedTitle: moved.title }
}
