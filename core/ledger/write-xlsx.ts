/**
 * 写 .xlsx（SpreadsheetML，ECMA-376）：一张表，标题行、表头行、数据行，合并格，列宽，冻结表头，
 * A4 横向打印、每页重复表头，日期存为带日期格式的数字。只写办公室继续用这张表所需的部分，其余交给 Excel 的默认值。
 */
import { strToU8, zipSync } from 'fflate'
import { escapeAttr, escapeText } from '../export/escape'
import { type CellRange, isoToSerial } from './sheet'

export type XlsxCell = string | { date: string } | null

export interface XlsxSheetSpec {
  name: string
  /** 第 1 行的标题（跨全部列合并）。 */
  title: string
  /** 第 2 行的表头。 */
  headers: string[]
  /** 列宽（字符数）。 */
  widths: number[]
  /** 数据行，从第 3 行起。 */
  rows: XlsxCell[][]
  /** 数据区里的合并（行号相对于数据区，从 0 起）。 */
  merges: CellRange[]
}

/** XML 1.0 不许出现的控制字符去掉（从别处粘来的文字里偶有）。 */
// eslint-disable-next-line no-control-regex
const xmlText = (s: string) => escapeText(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''))
/** 工作表名：至多 31 字，不含 [ ] : * ? / \（Excel 的限制）。 */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || '台账'

const col = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : col(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)))
const ref = (r: number, c: number) => `${col(c)}${r + 1}`

/** 样式序号：0 默认，1 标题，2 表头，3 正文（自动换行、顶端对齐、细边框），4 日期正文。 */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`

function cellXml(r: number, c: number, cell: XlsxCell, style: number): string {
  if (cell === null || cell === '') return `<c r="${ref(r, c)}" s="${style}"/>`
  if (typeof cell === 'object') return `<c r="${ref(r, c)}" s="4"><v>${isoToSerial(cell.date)}</v></c>`
  return `<c r="${ref(r, c)}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`
}

function sheetXml(spec: XlsxSheetSpec): string {
  const n = spec.headers.length
  const last = col(n - 1)
  const rows = [
    `<row r="1" ht="30" customHeight="1">${cellXml(0, 0, spec.title, 1)}</row>`,
    `<row r="2">${spec.headers.map((h, c) => cellXml(1, c, h, 2)).join('')}</row>`,
    ...spec.rows.map(
      (row, i) => `<row r="${i + 3}">${Array.from({ length: n }, (_, c) => cellXml(i + 2, c, row[c] ?? null, 3)).join('')}</row>`,
    ),
  ]
  const merges = [
    `<mergeCell ref="A1:${last}1"/>`,
    ...spec.merges.map((m) => `<mergeCell ref="${ref(m.top + 2, m.left)}:${ref(m.bottom + 2, m.right)}"/>`),
  ]
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>
<dimension ref="A1:${last}${spec.rows.length + 2}"/>
<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="15"/>
<cols>${spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>
<sheetData>${rows.join('')}</sheetData>
<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>
<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>
</worksheet>`
}

/** 一张表的工作簿字节。 */
export function writeXlsx(spec: XlsxSheetSpec): Uint8Array {
  const plain = sheetName(spec.name)
  const quoted = `'${plain.replace(/'/g, "''")}'`
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeAttr(plain)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${xmlText(quoted)}!$2:$2</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': sheetXml(spec),
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), {
    level: 6,
    mtime: new Date(Date.UTC(2020, 0, 1)),
  })
}
