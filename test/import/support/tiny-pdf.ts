// 手写的小 PDF（测试用）：按对象正文拼出文件，交叉引用表的偏移自动算出。用来造扫描件（只有图片）、
// 一万页、页面树成环、表单自引用这样的敌意文件。
const enc = new TextEncoder()

/** 一个流对象的正文。 */
export function stream(dict: string, data: string): string {
  return `<< ${dict} /Length ${enc.encode(data).length} >>\nstream\n${data}\nendstream`
}

/** objects[i] 是对象 i + 1 的正文；对象 1 是文档目录（Catalog）。 */
export function tinyPdf(objects: string[]): Uint8Array {
  const parts = ['%PDF-1.4\n']
  let length = parts[0]!.length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(length)
    const part = `${i + 1} 0 obj\n${body}\nendobj\n`
    parts.push(part)
    length += enc.encode(part).length
  })
  const xref = length
  let out = parts.join('')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return enc.encode(out)
}

/** 只有一张图片的一页（扫描件的样子）。 */
export function imageOnlyPdf(): Uint8Array {
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 400 0 0 560 100 140 cm /Im1 Do Q'),
    stream(
      '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode',
      '00FF00FF FF00FF00 00FF00FF FF00FF00>',
    ),
  ])
}

/** 一页写着一行西文的 PDF（Helvetica，不嵌字体）。 */
export function textPdf(lines: string[]): Uint8Array {
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - 16 * i} Td (${l}) Tj ET`).join('\n')
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ])
}

/** pages 页，每页同一个内容流。 */
export function manyPagesPdf(pages: number): Uint8Array {
  const first = 4
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ')
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    stream('', 'BT /F1 12 Tf 72 700 Td (page) Tj ET'),
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>'),
  ])
}

/** 页面树的子节点指回自己。 */
export function cyclicPageTreePdf(): Uint8Array {
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
  ])
}

/** 表单 XObject 在自己的内容里画自己（无限递归的对象图）。 */
export function selfDrawingFormPdf(): Uint8Array {
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> /Font << /F1 6 0 R >> >> /Contents 4 0 R >>',
    stream('', '/X1 Do'),
    stream(
      '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> /Font << /F1 6 0 R >> >>',
      'BT /F1 12 Tf 72 700 Td (loop) Tj ET /X1 Do',
    ),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ])
}
