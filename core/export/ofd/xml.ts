// OFD 的 XML：元素一律带 ofd 前缀、属性不带（GB/T 33190-2016 7.1 命名空间），根元素声明命名空间。文字与属性都经转义。
import { OFD_NAMESPACE, OFD_PREFIX } from '../../spec/gbt33190'
import { escapeAttr, escapeText } from '../escape'

export type Attrs = Record<string, string | number | boolean | undefined>

/** XML 1.0 不许出现的控制字符去掉（从别处粘来的文字里偶有）。 */
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

/** 数值写到 0.001 mm，去掉多余的零。 */
export const mm = (x: number) => String(Number(x.toFixed(3)))

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(clean(String(v)))}"`)
    .join('')
}

/** 一个 ofd: 元素；children 为已写好的子元素或文字（text 会转义）。 */
export function el(name: string, a: Attrs = {}, children: string[] | { text: string } = []): string {
  const tag = `${OFD_PREFIX}:${name}`
  const body = Array.isArray(children) ? children.join('') : escapeText(clean(children.text))
  return body === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`
}

/** 一个 XML 部件：声明加上带命名空间声明的根元素。 */
export function part(name: string, a: Attrs, children: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el(name, { [`xmlns:${OFD_PREFIX}`]: OFD_NAMESPACE, ...a }, children)}`
}
