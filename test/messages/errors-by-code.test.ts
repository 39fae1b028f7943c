// 错误按编号区分，不按文字：源码里没有一处拿错误的文字（或“含不含汉字”）来判断是哪种错误。
// 过去 register-ipc.ts、create-host.ts、app.tsx 用“有没有汉字”分辨预期的失败与程序错误；现在跨桥的是 { ok: false, code }，进程内是 TongbaoError.code。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstMatches, ROOT, sourceFiles } from '../support/source-files'

/** 注释可以提到这些写法；只看代码。 */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm, '')

/** 看错误文字来分类的写法：对 message（或把错误变成的字符串）做包含、匹配、相等比较，或拿正则去 test 一个错误。 */
const BY_TEXT: RegExp[] = [
  /\.message\??\.(?:includes|startsWith|endsWith|match|matchAll|search|indexOf)\(/,
  /\.message\s*[!=]==?/,
  /[!=]==?\s*\w+(?:\?)?\.message\b/,
  /\.(?:test|exec)\(\s*(?:String\(\s*)?(?:e|err|error|reason|cause)\b/,
  /\.(?:test|exec)\([^)]*\.message\b/,
  /String\(\s*(?:e|err|error|reason|cause)\s*\)\.(?:includes|startsWith|endsWith|match|search|indexOf)\(/,
]

/** 汉字的字符类：判断“是不是中文消息”的典型写法。 */
const HAN_CLASS = /\\u4e00|\\u9f[a-f]{2}|\\p\{(?:Script=|sc=)?Han\}|\[一-[龥鿿]/i

/** 处理通报文字的模块可以有汉字字符类（它们处理的就是中文）；桥两端和应用外壳不处理文字，不该有。 */
const PROCESSES_TEXT = (file: string) => file.startsWith('renderer/editor/') || file.startsWith('renderer/paste/')

const byText = (source: string): string[] => firstMatches(BY_TEXT, code(source))

describe('错误按编号区分，不按文字', () => {
  it('扫描本身能认出各种写法，注释与按编号的判断除外', () => {
    expect(byText("if (e.message.includes('找不到')) return")).not.toEqual([])
    expect(byText('const expected = /[\\u4e00-\\u9fff]/.test(err.message)')).not.toEqual([])
    expect(byText('if (/权限/.test(String(error))) retry()')).not.toEqual([])
    expect(byText("if (e.message === 'ENOENT') x()")).not.toEqual([])
    expect(byText('return HAN.test(e) ? e : fallback')).not.toEqual([])
    expect(byText("if (String(e).includes('中文')) y()")).not.toEqual([])
    expect(byText("if (isTongbaoError(e) && e.code === 'read.ENOENT') show(e.message) // e.message.includes 不用")).toEqual([])
    expect(byText('const ok = /^\\d+$/.test(value); io.err(`错误：${e.message}`)')).toEqual([])
    expect(HAN_CLASS.test('/[\\u4e00-\\u9fa5]/')).toBe(true)
    expect(HAN_CLASS.test('/\\p{Script=Han}/u')).toBe(true)
    expect(HAN_CLASS.test('/[一-龥]/')).toBe(true)
    expect(HAN_CLASS.test('/[\\u3000-\\u303f]/')).toBe(false)
  })

  it('electron/（主进程、预加载、命令行）与 renderer/ 中没有按文字分辨错误', () => {
    const files = sourceFiles(['electron', 'renderer'])
    expect(files).toContain('electron/preload/create-host.ts')
    expect(files).toContain('electron/main/ipc/register-ipc.ts')
    expect(files).toContain('renderer/app/app.tsx')
    const offenders = files.flatMap((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8')
      const found = byText(text).map((w) => `${f}: ${w}`)
      if (!PROCESSES_TEXT(f) && HAN_CLASS.test(code(text))) found.push(`${f}: 汉字字符类`)
      return found
    })
    expect(offenders).toEqual([])
  })

  it('core/ 中也没有按错误文字分类（core 处理中文文字，汉字字符类在那里是正当的）', () => {
    const files = sourceFiles(['core'])
    const offenders = files.flatMap((f) => byText(readFileSync(join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`))
    expect(offenders).toEqual([])
  })
})
