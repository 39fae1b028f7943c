// 往返（issue #11 第 7 点）：每个样例导入后导出为 Word，再导入，条目树与导出前相同——
// 包括正文以年份开头的条目（“3.2022年8月……”），它们的序号不能被当成小数吃掉。
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import { readMarker } from '../../core/import/markers'
import { seedNames, seedText } from '../support/seeds'
import { sectionOutline } from './support/outline'

describe('序号后紧接年份', () => {
  it('“3.2022年8月”是序号 3；“2.5万元”仍是小数', () => {
    expect(readMarker('3.2022年8月，完成整改。')?.marker.value).toBe(3)
    expect(readMarker('3.2022年8月，完成整改。')?.rest).toBe('2022年8月，完成整改。')
    expect(readMarker('2.5万元资金已退回。')).toBeNull()
  })
})

describe.each(seedNames())('样例 %s 导出 Word 再导入', (name) => {
  it('条目树不变', async () => {
    const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
    const again = (await importNotice({ name: 'again.docx', bytes: await exportDocx(notice) })).notice
    for (const key of ['organization', 'rectification', 'nextSteps'] as const)
      expect(sectionOutline(again[key]), key).toEqual(sectionOutline(notice[key]))
  })
})
