/** 信息面板中联系方式与手写段落的修改：每个函数是交给 store.update 的一步（测试走同一条路）。 */
import type { HandWrittenPart } from '../../core/derive/hand-written'
import type { AddressLabelSchema, Notice, RichText } from '../../core/model'

/** 信息面板里以“、”分开填写的联系方式栏目。 */
export type ContactField = 'phones' | 'postcodes' | 'emails' | 'websites'
type AddressLabel = (typeof AddressLabelSchema.options)[number]

/** 一个联系方式栏目的全部值（store.update 随后把改动写进手写的联系方式段落）。 */
export const setContactValues =
  (field: ContactField, values: string[]) =>
  (n: Notice): Notice => ({ ...n, contact: { ...n.contact, [field]: values } })

/** 第一个地址的文字；清空即去掉地址。 */
export const setAddressValue =
  (value: string) =>
  (n: Notice): Notice => ({
    ...n,
    contact: {
      ...n.contact,
      addresses: value
        ? [{ label: n.contact.addresses[0]?.label ?? '邮政信箱', value }, ...n.contact.addresses.slice(1)]
        : n.contact.addresses.slice(1),
    },
  })

/** 第一个地址的类别（邮政信箱、通信地址……）。 */
export const setAddressLabel =
  (label: AddressLabel) =>
  (n: Notice): Notice => ({
    ...n,
    contact: { ...n.contact, addresses: [{ label, value: n.contact.addresses[0]?.value ?? '' }, ...n.contact.addresses.slice(1)] },
  })

/** 写入手写段落（勾选“手写”时以按表单生成的段落起手，输入时为输入的各行）。 */
export const writeOverride =
  (part: HandWrittenPart, text: (n: Notice) => RichText) =>
  (n: Notice): Notice => ({ ...n, [part]: { ...n[part], override: text(n) } })

/** 改为按表单生成：不再用手写段落。 */
export const useGenerated =
  (part: HandWrittenPart) =>
  (n: Notice): Notice => ({ ...n, [part]: { ...n[part], override: null } })
