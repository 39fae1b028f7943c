/** 两种沿用方式共用的复制：联系方式、签发稿设置（深拷贝，不与上一份通报共享对象）。 */
import type { Contact, Notice, SignOff } from '../model/notice'

export function copyContact(contact: Contact): Contact {
  return structuredClone(contact)
}

/** 签发稿设置（红头、字号、抄送……）是机关的，续报和新一轮都带走；从未设置过时仍省略。 */
export function signOffOf(previous: Notice): { signOff?: SignOff } {
  return previous.signOff ? { signOff: structuredClone(previous.signOff) } : {}
}
