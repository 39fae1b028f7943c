// 模糊测试：对样例做截断、打乱行序、删行重行、改字节、纯随机字节、坏 zip、10 MB 输入等变形，
// 每一例导入都必须以一份通过校验的模型或一条中文 OpenError 结束，不得抛出其他异常。
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { NoticeSchema } from '../../core/model/notice'
import { isOpenError } from '../../core/project/errors'
import { seedNames, seedText } from '../support/seeds'
import { minimalDocx } from './support/minimal-docx'
import { numberedDocx } from './support/numbered-docx'
import { prng } from './support/prng'

interface Case {
  label: string
  name: string
  bytes: Uint8Array
}

const enc = new TextEncoder()
const seeds = seedNames().map((n) => seedText(n))
const lines = (s: string) => s.split('\n')

function* cases(): Generator<Case> {
  const r = prng(20240222)
  const seed = () => r.pick(seeds)
  for (let i = 0; i < 300; i++) {
    const b = enc.encode(seed())
    yield { label: `截断#${i}`, name: r.pick(['a.txt', 'a.html', 'a']), bytes: b.slice(0, r.int(b.length)) }
  }
  for (let i = 0; i < 200; i++) {
    const ls = lines(seed())
    for (let k = ls.length - 1; k > 0; k--) {
      const j = r.int(k + 1)
      ;[ls[k], ls[j]] = [ls[j]!, ls[k]!]
    }
    yield { label: `打乱行序#${i}`, name: 'a.txt', bytes: enc.encode(ls.join('\n')) }
  }
  for (let i = 0; i < 150; i++) {
    const ls = lines(seed()).flatMap((l) => {
      const x = r.next()
      return x < 0.15 ? [] : x < 0.25 ? [l, l] : x < 0.3 ? [l.slice(0, r.int(l.length + 1))] : [l]
    })
    yield { label: `删行重行#${i}`, name: 'a.txt', bytes: enc.encode(ls.join('\n')) }
  }
  for (let i = 0; i < 150; i++) {
    const b = enc.encode(seed())
    for (let k = 0; k < 1 + r.int(50); k++) b[r.int(b.length)] = r.int(256)
    yield { label: `改字节#${i}`, name: r.pick(['a.txt', 'a.html']), bytes: b }
  }
  for (let i = 0; i < 100; i++) {
    const b = new Uint8Array(r.int(5000))
    for (let k = 0; k < b.length; k++) b[k] = r.int(256)
    yield { label: `随机字节#${i}`, name: r.pick(['a.txt', 'a.html', 'a.docx', 'a.bin']), bytes: b }
  }
  for (let i = 0; i < 50; i++) {
    const ls = lines(seed()).map((l) => (r.next() < 0.3 ? `<${r.pick(['p', 'div', 'script', 'nav', 'b', 'td'])}>${l}` : l))
    yield { label: `残缺网页#${i}`, name: 'a.html', bytes: enc.encode(`<html><body>${ls.join(r.pick(['', '\n', '<br>']))}`) }
  }
  const docx = minimalDocx(lines(seeds[0]!).filter((l) => l.trim()))
  for (let i = 0; i < 40; i++) yield { label: `截断的docx#${i}`, name: 'a.docx', bytes: docx.slice(0, r.int(docx.length)) }
  for (let i = 0; i < 20; i++) {
    const b = docx.slice()
    for (let k = 0; k < 1 + r.int(20); k++) b[4 + r.int(b.length - 4)] = r.int(256)
    yield { label: `损坏的docx#${i}`, name: 'a.docx', bytes: b }
  }
  const numbered = numberedDocx(
    lines(seeds[1]!)
      .filter((l) => l.trim())
      .map((l, i) => ({ text: l, level: i % 7 === 0 ? r.int(3) : undefined })),
    [
      { format: 'chineseCounting', text: '%1、' },
      { format: 'chineseCounting', text: '（%2）' },
      { format: 'decimal', text: '%3.' },
    ],
  )
  for (let i = 0; i < 30; i++) {
    const b = numbered.slice(0, i < 20 ? r.int(numbered.length) : numbered.length)
    if (i >= 20) for (let k = 0; k < 1 + r.int(10); k++) b[4 + r.int(b.length - 4)] = r.int(256)
    yield { label: `自动编号docx#${i}`, name: 'a.docx', bytes: b }
  }
  yield { label: '空文件', name: 'a.txt', bytes: new Uint8Array() }
  yield { label: '只有空白', name: 'a.txt', bytes: enc.encode(' \n\u00a0\n\t\n') }
  yield { label: '不是通报的文字', name: 'a.txt', bytes: enc.encode('今天天气很好。\n明天开会。') }
  yield { label: '不是通报的docx', name: 'a.docx', bytes: minimalDocx(['会议纪要', '一、会议内容。']) }
  yield { label: 'GB18030 编码', name: 'a.txt', bytes: new Uint8Array([0xd6, 0xd0, 0xb9, 0xb2, 0xd1, 0xb2, 0xb2, 0xec]) }
  // 10 MB 的粘贴：少量几例，测试仍在一分钟内。
  const big = (s: string) => s.repeat(Math.ceil(10_000_000 / enc.encode(s).length))
  yield { label: '10MB 重复样例', name: 'big.txt', bytes: enc.encode(big(seeds[4]!)) }
  yield { label: '10MB 单行', name: 'big.txt', bytes: enc.encode(big(seeds[1]!.replace(/\n/g, ''))) }
  yield { label: '10MB 网页', name: 'big.html', bytes: enc.encode(big(`<p>${seeds[2]!.replace(/\n/g, '</p><p>')}</p>`)) }
}

describe('导入不会因恶意或损坏的输入抛出未处理的异常', () => {
  it('≥1000 例变形输入，每例得到有效模型或中文错误', async () => {
    const failures: string[] = []
    let models = 0
    let errors = 0
    let total = 0
    for (const c of cases()) {
      total++
      try {
        const { notice, findings } = await importNotice({ name: c.name, bytes: c.bytes })
        const parsed = NoticeSchema.safeParse(notice)
        if (!parsed.success) failures.push(`${c.label}：模型未通过校验`)
        else if (!Array.isArray(findings)) failures.push(`${c.label}：没有 findings`)
        else models++
      } catch (e) {
        if (isOpenError(e) && /[\u4e00-\u9fa5]/.test(e.message)) {
          errors++
          if (process.env.FUZZ_DEBUG) console.log(c.label, e.code, e.message.slice(0, 40))
        } else failures.push(`${c.label}：抛出了 ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
      }
    }
    console.log(`模糊测试 ${total} 例：得到模型 ${models} 例，中文错误 ${errors} 例，失败 ${failures.length} 例`)
    expect(total).toBeGreaterThanOrEqual(1000)
    expect(failures).toEqual([])
  }, 120_000)
})
