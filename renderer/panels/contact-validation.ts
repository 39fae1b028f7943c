/** 联系方式的即时校验：给出中文提示，空值不算错。 */

/** 座机（区号-号码，可带分机）、手机、或 12345 这类短号 */
const PHONE = /^(?:0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|\d{5,8})$/
const POSTCODE = /^\d{6}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const WEBSITE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/

export type ContactField = 'phones' | 'postcodes' | 'emails' | 'websites'

/** 一个栏目里用“、”或逗号分开的多个值。 */
export function splitValues(s: string): string[] {
  return s
    .split(/[、，,；;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

export function contactError(field: ContactField, raw: string): string | null {
  const bad = splitValues(raw).filter((v) => {
    switch (field) {
      case 'phones':
        return !PHONE.test(v.replace(/[（(]\s*(\d+)\s*[）)]/, '$1-').replace(/\s/g, ''))
      case 'postcodes':
        return !POSTCODE.test(v)
      case 'emails':
        return !EMAIL.test(v)
      case 'websites':
        return !WEBSITE.test(v)
    }
  })
  if (bad.length === 0) return null
  const what = { phones: '电话号码', postcodes: '邮编', emails: '电子邮箱', websites: '网址' }[field]
  const hint = { phones: '座机写作 0577-88001234，手机 11 位', postcodes: '邮编为 6 位数字', emails: '形如 name@example.gov.cn', websites: '形如 www.example.gov.cn' }[field]
  return `${what}“${bad[0]}”格式不对：${hint}。`
}
