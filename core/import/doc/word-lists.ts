/**
 * .doc 的自动编号（[MS-DOC] PlfLst、LVL、PlfLfo）：编号不在正文字符里，由段落属性 sprmPIlfo/sprmPIlvl 指向
 * 列表的某一级，级上写着起始值、编号格式（nfc）和编号文字模板（占位符 0–8 代表各级的序号）。
 * 这里把它们读成与 .docx 相同的形状（起始值、OOXML 的格式名、“%1、”式模板），按文档顺序给段落加回编号。
 * 读不懂的部分（越界、格式不明）当作没有编号：文字不丢，只是少了序号。
 */
import { formatNumber } from '../docx-numbering'

interface Level {
  start: number
  format: string
  /** 模板，占位符写作 %1–%9 */
  text: string
}

/** nfc → OOXML 的编号格式名（只列通报里会见到的；其余按阿拉伯数字）。 */
const NFC: Record<number, string> = {
  0x00: 'decimal',
  0x01: 'upperRoman',
  0x02: 'lowerRoman',
  0x03: 'upperLetter',
  0x04: 'lowerLetter',
  0x0e: 'decimalFullWidth',
  0x16: 'decimalZero',
  0x17: 'bullet',
  0x25: 'chineseCounting',
  0x26: 'chineseLegalSimplified',
  0x27: 'chineseCountingThousand',
  0xff: 'none',
}

export interface WordLists {
  /** 一段的编号文字（按文档顺序调用）；没有编号时为空串。 */
  label(ilfo: number, ilvl: number): string
}

/** 从表流读出列表；fcLst/lcbLst、fcLfo/lcbLfo 来自 FIB。结构不对时返回 null。 */
export function readWordLists(table: Uint8Array, fcLst: number, lcbLst: number, fcLfo: number, lcbLfo: number): WordLists | null {
  if (lcbLst < 2 || lcbLfo < 4 || fcLst + lcbLst > table.length || fcLfo + lcbLfo > table.length) return null
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const cLst = t.getInt16(fcLst, true)
  if (cLst <= 0 || 2 + 28 * cLst > lcbLst) return null
  const lists = new Map<number, Level[]>()
  // 各级紧跟在 PlfLst 之后（不计入 lcbPlfLst）：每个列表 9 级，简单列表 1 级。
  let o = fcLst + lcbLst
  for (let i = 0; i < cLst; i++) {
    const lstf = fcLst + 2 + 28 * i
    const lsid = t.getInt32(lstf, true)
    const simple = (table[lstf + 26]! & 0x01) !== 0
    const levels: Level[] = []
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      if (o + 28 > table.length) return null
      const start = t.getInt32(o, true)
      const nfc = table[o + 4]!
      const cbChpx = table[o + 24]!
      const cbPapx = table[o + 25]!
      o += 28 + cbPapx + cbChpx
      if (o + 2 > table.length) return null
      const cch = t.getUint16(o, true)
      if (o + 2 + 2 * cch > table.length) return null
      let text = ''
      for (let c = 0; c < cch; c++) {
        const code = t.getUint16(o + 2 + 2 * c, true)
        text += code < 9 ? `%${code + 1}` : String.fromCharCode(code)
      }
      o += 2 + 2 * cch
      levels.push({ start, format: NFC[nfc] ?? 'decimal', text })
    }
    lists.set(lsid, levels)
  }
  const lfoMac = t.getInt32(fcLfo, true)
  if (lfoMac < 0 || 4 + 16 * lfoMac > lcbLfo) return null
  const lsidOf = (ilfo: number) => (ilfo >= 1 && ilfo <= lfoMac ? t.getInt32(fcLfo + 4 + 16 * (ilfo - 1), true) : null)

  // 计数按列表分开；某级加一时，更深的各级从头数起（Word 的默认做法，与 .docx 的读法相同）。
  const counters = new Map<number, number[]>()
  return {
    label(ilfo, ilvl) {
      const lsid = lsidOf(ilfo)
      const levels = lsid === null ? undefined : lists.get(lsid)
      const level = levels?.[ilvl]
      if (!levels || !level) return ''
      const counts = counters.get(lsid!) ?? []
      counters.set(lsid!, counts)
      counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1
      counts.length = ilvl + 1
      let missing = false
      const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1
        const v = formatNumber(counts[k] ?? levels[k]?.start ?? 1, levels[k]?.format ?? 'decimal')
        if (v === null) missing = true
        return v ?? ''
      })
      return missing || level.format === 'bullet' ? '' : text
    },
  }
}
