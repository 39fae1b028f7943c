// “全部接受”与“全部拒绝”修订的 XML 变换（只认送审稿写的形状：w:ins/w:del 包住文字片段，段落标记的修订在 w:pPr/w:rPr 里）。
// 用来核对送审稿：接受后的 document.xml 与普通导出相同，拒绝后的文字与对照版本的普通导出相同。

/** 相邻的、格式相同的文字片段并成一个（修订把片段拆开了；普通导出里也可能有相邻同格式的片段）。 */
export function mergeRuns(xml: string): string {
  let prev: string
  do {
    prev = xml
    xml = xml.replace(
      /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>|)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r>\1<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/gs,
      '<w:r>$1<w:t xml:space="preserve">$2$3</w:t></w:r>',
    )
  } while (xml !== prev)
  return xml
}

const MARK = (kind: 'ins' | 'del') => new RegExp(`<w:rPr><w:${kind} [^>]*/></w:rPr>`, 'g')
const paragraphWithMark = (kind: 'ins' | 'del') =>
  new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:${kind} [^>]*/></w:rPr>(?:(?!</w:p>).)*</w:p>`, 'gs')

export function acceptAll(xml: string): string {
  return mergeRuns(
    xml
      .replace(paragraphWithMark('del'), '')
      .replace(MARK('ins'), '')
      .replace(/<w:del [^>]*>.*?<\/w:del>/gs, '')
      .replace(/<w:ins [^>]*>(.*?)<\/w:ins>/gs, '$1'),
  )
}

export function rejectAll(xml: string): string {
  return mergeRuns(
    xml
      .replace(paragraphWithMark('ins'), '')
      .replace(MARK('del'), '')
      .replace(/<w:ins [^>]*>.*?<\/w:ins>/gs, '')
      .replace(/<w:del [^>]*>(.*?)<\/w:del>/gs, (_, runs: string) => runs.replace(/<(\/?)w:delText/g, '<$1w:t')),
  )
}

/** 正文各段的文字。 */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) =>
    [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )
}
