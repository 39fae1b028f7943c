// word/fontTable.xml：docx 库写的是空表（§2.2）。这里为方案中的每个字体写上 GB2312 字符集（86）与替代字体名，
// 收件人没有装方正或 _GB2312 字体时，Word 据此换成自带的同类字体，而不是随便一种。
import type { FontProfile } from '../../spec/font-profiles'
import { FONT_SUBSTITUTES } from '../../spec/font-profiles'
import { escapeAttr } from '../escape'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function fontTableXml(fonts: FontProfile): string {
  const names = [...new Set(Object.values(fonts))]
  const entries = names.map((name) => {
    const alt = FONT_SUBSTITUTES[name]
    return (
      `<w:font w:name="${escapeAttr(name)}">` +
      (alt ? `<w:altName w:val="${escapeAttr(alt)}"/>` : '') +
      '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
    )
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${entries.join('')}</w:fonts>`
}
