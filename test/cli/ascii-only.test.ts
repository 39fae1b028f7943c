// 命令行包的最后一步（scripts/ascii-only.mjs）：剩下的非 ASCII 字符写成 \u 转义，正则的意思不变。
// 整个打好的包与源码的结果逐字相同，见 built-cli.test.ts。
import { isAscii } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { asciiOnly } from '../../scripts/ascii-only.mjs'

/** 源码文字 → 它求值出的正则。 */
const regexOf = (code: string) => new Function(`return ${code}`)() as RegExp

describe('asciiOnly', () => {
  it.each([
    ['字符类', '/[。；]$/', ['甲。', '乙；', '丙，']],
    ['多余的转义（\\。）连反斜杠一起换掉', '/\\。/', ['。', '\\。', '\\']],
    ['转义了的反斜杠后的汉字：反斜杠留着', '/\\\\中/', ['\\中', '中', '\\\\中']],
    ['码点超出 BMP，u 模式', '/^😀$/u', ['😀', '\uD83D', '😀😀']],
    ['码点超出 BMP 的范围，u 模式', '/^[😀-😂]$/u', ['😁', '😃', '\uDE01']],
    ['码点超出 BMP，非 u 模式按代码单元', '/a😀+/', ['a😀😀', 'a😀\uDE00', 'a\uD83D']],
  ])('%s：只剩 ASCII，匹配结果不变', (_, code, samples) => {
    const escaped = asciiOnly(code)
    expect(isAscii(Buffer.from(escaped))).toBe(true)
    const [before, after] = [regexOf(code), regexOf(escaped)]
    expect(after.flags).toBe(before.flags)
    for (const s of samples) expect(after.test(s), s).toBe(before.test(s))
  })

  it('已是 ASCII 的源码原样返回', () => {
    const code = 'const a = "\\u4E2D", b = /x\\\\y/g'
    expect(asciiOnly(code)).toBe(code)
  })
})
