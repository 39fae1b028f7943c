import { describe, expect, it } from 'vitest'
import { displayWidth, titleLines } from '../../core/export/title-lines'

const widths = (lines: string[]) => lines.map(displayWidth)

/** 梯形（单调）或菱形（中间最长）。 */
function isTrapezoidOrDiamond(ws: number[]): boolean {
  const peak = ws.indexOf(Math.max(...ws))
  const up = ws.every((w, i) => i === 0 || w >= ws[i - 1]!)
  const down = ws.every((w, i) => i === 0 || w <= ws[i - 1]!)
  const diamond = ws.every((w, i) => (i <= peak ? i === 0 || w >= ws[i - 1]! : w <= ws[i - 1]!))
  return up || down || diamond
}

describe('标题回行', () => {
  it('不超过 20 字的标题不回行', () => {
    expect(titleLines('中共青山县委关于巡察整改进展情况的通报')).toEqual(['中共青山县委关于巡察整改进展情况的通报'])
  })

  it('在“关于”之后断开，不拆开机关名与轮次', () => {
    const lines = titleLines('中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')
    expect(lines).toEqual(['中共青山县委关于', '十五届省委第三轮巡视整改进展情况的通报'])
  })

  it('“关于”之后放不下时，在“的通报”之前或事由处断开，每行不超过 20 字', () => {
    const title = '中共白石市经济技术开发区工作委员会关于十三届省委第九轮巡察整改进展情况的通报'
    const lines = titleLines(title)
    expect(lines.join('')).toBe(title)
    expect(lines.length).toBeGreaterThan(1)
    for (const w of widths(lines)) expect(w).toBeLessThanOrEqual(20)
    expect(isTrapezoidOrDiamond(widths(lines))).toBe(true)
    // 机关名不在中间断开。
    expect(lines[0]!.startsWith('中共白石市经济技术开发区工作委员会')).toBe(true)
  })

  it('不把引号、书名号中的内容拆到两行，也不让标点落在行首', () => {
    const title = '中共青山县委关于“优化营商环境”专项巡察整改进展情况的通报'
    const lines = titleLines(title)
    expect(lines.join('')).toBe(title)
    for (const line of lines) {
      expect((line.match(/“/g) ?? []).length).toBe((line.match(/”/g) ?? []).length)
      expect(line).not.toMatch(/^[，。、；：”》）]/)
    }
  })

  it('不在数字中间断开', () => {
    const title = '中共青山县委关于2024年第二轮巡察反馈意见整改工作进展情况的通报'
    for (const line of titleLines(title)) expect(line).not.toMatch(/^\d/)
  })

  it('避免一两个字的孤行', () => {
    const title = '中共青山县委关于十五届省委第三轮巡视整改进展情况和下一步打算的通报'
    for (const w of widths(titleLines(title))) expect(w).toBeGreaterThan(2)
  })

  it('任意长度的标题都能分完、不丢字、每行不超过 20 字', () => {
    const base = '中共青山县委员会关于十五届省委第三轮巡视反馈意见整改落实进展情况的通报'
    for (let n = 10; n <= 90; n += 7) {
      const title = (base + base + base).slice(0, n)
      const lines = titleLines(title)
      expect(lines.join('')).toBe(title)
      for (const w of widths(lines)) expect(w).toBeLessThanOrEqual(20)
    }
  })
})

describe('标题回行：专名', () => {
  it('不拆开“第三巡察组”这样的组名', () => {
    const lines = titleLines('中共青山县委员会关于市委第三巡察组巡察反馈意见整改落实情况的通报')
    for (const line of lines) expect(line).not.toMatch(/第[一二三四五六七八九十]+$/)
    for (const line of lines) expect(line).not.toMatch(/^巡察组/)
  })
})
