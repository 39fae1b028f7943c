/** 两种沿用方式都带走的：签发稿设置（红头、发文字号、抄送……是机关的，不随巡视而变）。 */
import type { Notice, SignOff } from '../model/notice'

/** 签发稿设置的副本；从未设置过时仍省略。 */
export function signOffOf(previous: Notice): { signOff?: SignOff } {
  return previous.signOff ? { signOff: structuredClone(previous.signOff) } : {}
}
