// 恶意或失控的工作簿（测试与基准共用）：手工拼的 zip + XML，不经本程序的写出器。
import { strToU8, zipSync } from 'fflate'

const CT = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
const WB = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`
const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`

/** 一个只有一张表的工作簿；sheet 是 sheetData 里面的内容。 */
export function workbookWith(sheetData: string | Uint8Array, extra: Record<string, string> = {}): Uint8Array {
  const sheet =
    typeof sheetData === 'string'
      ? strToU8(
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
        )
      : sheetData
  return zipSync({
    '[Content_Types].xml': strToU8(CT),
    'xl/workbook.xml': strToU8(WB),
    'xl/_rels/workbook.xml.rels': strToU8(RELS),
    'xl/worksheets/sheet1.xml': sheet,
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  })
}

const HEADER = `<row r="1"><c r="A1" t="inlineStr"><is><t>问题</t></is></c><c r="B1" t="inlineStr"><is><t>整改措施</t></is></c></row>`

/** 压缩炸弹：工作表 XML 解压后 mb 兆字节（绝大部分是空白），压缩后只有几十 KB。 */
export function zipBomb(mb: number): Uint8Array {
  const open = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER}`)
  const body = new Uint8Array(open.length + mb * 1024 * 1024).fill(0x20)
  body.set(open)
  return workbookWith(body)
}

/** n 行的表（每行两个内联字符串，行与行文字不同，压缩比与真实台账相近）。 */
export function manyRows(n: number): Uint8Array {
  const rows: string[] = [HEADER]
  for (let i = 2; i <= n + 1; i++)
    rows.push(
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>第${i}个问题${(i * 7919) % 100003}</t></is></c><c r="B${i}" t="inlineStr"><is><t>措施${(i * 104729) % 99991}</t></is></c></row>`,
    )
  return workbookWith(rows.join(''))
}

/** 只有公式、没有保存计算结果的格子（程序生成的 xlsx 常见）。 */
export function formulaOnly(n: number): Uint8Array {
  const rows: string[] = [HEADER]
  for (let i = 2; i <= n + 1; i++)
    rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>问题${i}</t></is></c><c r="B${i}"><f>CONCATENATE("措施",${i})</f></c></row>`)
  return workbookWith(rows.join(''))
}

/** 中央目录写着很小的解压大小，实际解压出很多：上限不信目录里的数。 */
export function lyingSizes(mb: number): Uint8Array {
  const bytes = zipBomb(mb)
  const out = bytes.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i + 46 < out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true)
  return out
}
