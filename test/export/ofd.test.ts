// OFD 导出（issue #20）：读回导出的包（测试自己的读取器：fflate + htmlparser2，不用导出器的代码），
// 逐页、逐行、逐字与版式比对；每个 XML 部件经 xmllint 检查良构；改动包中的一页、一行、一个字，比对必须报错。
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportOfd } from '../../core/export/ofd/index'
import { layoutNotice, type NoticeLayout } from '../../core/layout'
import { FONT_PROFILES } from '../../core/spec/font-profiles'
import { OFD_NAMESPACE } from '../../core/spec/gbt33190'
import { ofdCases, PLAIN, SIGN_OFF } from '../support/ofd-cases'
import { compareWithLayout } from '../support/ofd-expected'
import { readOfd } from '../support/ofd-reader'
import { sampleNotice } from '../support/sample-notice'
import { tempDir } from './support/render'

interface Built {
  name: string
  layout: NoticeLayout
  bytes: Uint8Array
}
const built: Built[] = []

beforeAll(async () => {
  for (const c of await ofdCases())
    built.push({ name: c.name, layout: layoutNotice(c.notice, c.options), bytes: exportOfd(c.notice, c.options) })
}, 120_000)

/** 改动包里的一个文件后重新打包。 */
function mutate(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes)
  const before = strFromU8(files[path]!)
  const after = edit(before)
  expect(after).not.toBe(before)
  return zipSync({ ...files, [path]: strToU8(after) })
}

describe('OFD 与版式逐页逐行逐字相符', () => {
  it('五个样例与示例通报，不带与带红头/版记，另加空白页：页数、每行文字、每个字的位置（≤ 0.5 mm）、页码', () => {
    const summary = built.map((b) => {
      const read = readOfd(b.bytes)
      expect(compareWithLayout(read, b.layout), b.name).toEqual([])
      return `${b.name}: ${read.pages.length} 页 ${read.pages.reduce((n, p) => n + p.runs.length, 0)} 个文字对象`
    })
    expect(built).toHaveLength(13)
    console.log(summary.join('\n'))
  })

  it('少一页、少一行、少一个字、一行移动、一个字移动，比对都报错', () => {
    const b = built.find((x) => x.name === 'sample-signoff')!
    const page0 = 'Doc_0/Pages/Page_0/Content.xml'
    const check = (bytes: Uint8Array) => compareWithLayout(readOfd(bytes), b.layout)
    expect(check(b.bytes)).toEqual([])
    // 少一页：Document.xml 的页树去掉最后一页。
    expect(
      check(
        mutate(b.bytes, 'Doc_0/Document.xml', (x) => x.replace(/<ofd:Page ID="\d+" BaseLoc="[^"]+"\/><\/ofd:Pages>/, '</ofd:Pages>')),
      ).join(),
    ).toMatch(/页数/)
    // 少一行：第一页去掉一个文字对象（标题的第二行）。
    const objects = (xml: string) => [...xml.matchAll(/<ofd:TextObject .*?<\/ofd:TextObject>/g)].map((m) => m[0])
    expect(check(mutate(b.bytes, page0, (x) => x.replace(objects(x)[3]!, ''))).join()).toMatch(/行数/)
    // 少一个字：正文第一行去掉末字（DeltaX 也少一个）。
    const dropLast = (x: string) => x.replace(/(<ofd:TextCode [^>]*DeltaX="[^"]*?) [\d.]+(">[^<]*?).(<\/ofd:TextCode>)/, '$1$2$3')
    expect(check(mutate(b.bytes, page0, dropLast)).join()).toMatch(/文字/)
    // 一行移动 0.6 mm：第一个文字对象的框右移。
    const shiftBox = (x: string) => x.replace(/Boundary="([\d.]+) /, (_, v: string) => `Boundary="${(Number(v) + 0.6).toFixed(3)} `)
    expect(check(mutate(b.bytes, page0, shiftBox)).join()).toMatch(/第 1 页第 1 行第 1 字横向差/)
    // 一行上下移动 0.6 mm。
    expect(
      check(
        mutate(b.bytes, page0, (x) =>
          x.replace(/(<ofd:TextCode X="[\d.]+" Y=")([\d.]+)/, (_, a: string, v: string) => a + (Number(v) + 0.6).toFixed(3)),
        ),
      ).join(),
    ).toMatch(/基线差/)
    // 一个字移动：某行第二个字的 DeltaX 加 0.6 mm（其后的字跟着移动）。
    expect(
      check(
        mutate(b.bytes, page0, (x) => x.replace(/DeltaX="([\d.]+)/, (_, v: string) => `DeltaX="${(Number(v) + 0.6).toFixed(3)}`)),
      ).join(),
    ).toMatch(/第 2 字横向差/)
    // 页码出现在不编页码的页上（空白页后的版记页），或在错误的一侧。
    const bb = built.find((x) => x.name === 'blank-page-signoff')!
    const lastPage = `Doc_0/Pages/Page_${bb.layout.pages.length - 1}/Content.xml`
    expect(bb.layout.pages.at(-1)!.number).toBeNull()
    const numberObject = objects(strFromU8(unzipSync(bb.bytes)[page0]!)).at(-1)!
    expect(numberObject).toContain('>— 1 —<')
    const withNumber = mutate(bb.bytes, lastPage, (x) =>
      x.replace('</ofd:Layer>', numberObject.replace(/ID="\d+"/, 'ID="99999"') + '</ofd:Layer>'),
    )
    expect(compareWithLayout(readOfd(withNumber), bb.layout).join()).toMatch(/不该有页码/)
    const page1 = 'Doc_0/Pages/Page_1/Content.xml'
    const leftNumber = (x: string) =>
      x.replace(
        /(<ofd:TextObject ID="\d+" Boundary=")([\d.]+)( [^>]*><ofd:TextCode [^>]*>— 2 —)/,
        (_, a: string, v: string, c: string) => `${a}${(Number(v) + 120).toFixed(3)}${c}`,
      )
    expect(compareWithLayout(readOfd(mutate(bb.bytes, page1, leftNumber)), bb.layout).join()).toMatch(/页码位置不对/)
  })
})

describe('OFD 包的结构（GB/T 33190-2016）', () => {
  it('每个 XML 部件良构（xmllint）、根元素在 ofd 命名空间；主入口、文档、资源、页的必需元素与属性齐全', () => {
    const dir = tempDir('ofd-xml')
    const paths: string[] = []
    for (const b of built) {
      const read = readOfd(b.bytes)
      expect(read.problems, b.name).toEqual([])
      for (const [path, xml] of Object.entries(read.xml)) {
        const file = join(dir, b.name, path)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, xml)
        paths.push(file)
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), path).toBe(true)
        expect(xml).toContain(`xmlns:ofd="${OFD_NAMESPACE}"`)
      }
      // 包里的每个文件都有人引用（没有多余的），每个被引用的都在。
      expect(Object.keys(read.files).sort()).toEqual([...Object.keys(read.xml)].sort())
    }
    // 一次 xmllint 调用检查全部部件：不良构时退出码非 0。
    execFileSync('xmllint', ['--noout', ...paths], { stdio: 'pipe' })
    expect(paths.length).toBeGreaterThan(built.length * 5)
  })

  it('标题与正文中的 & < > 引号、控制字符与扩展区汉字：XML 仍良构，读回的文字不变（控制字符除外）', () => {
    const n = sampleNotice()
    n.title.override = '关于A&B<C>"D\'整改\u0001情况的通报𠀀'
    const bytes = exportOfd(n, PLAIN)
    const read = readOfd(bytes)
    expect(read.problems).toEqual([])
    expect(read.docInfo.Title).toBe('关于A&B<C>"D\'整改情况的通报𠀀')
    const dir = tempDir('ofd-escape')
    const files = Object.entries(read.xml).map(([k, v]) => {
      const f = join(dir, k.replace(/\//g, '_'))
      writeFileSync(f, v)
      return f
    })
    execFileSync('xmllint', ['--noout', ...files], { stdio: 'pipe' })
    expect(compareWithLayout(read, layoutNotice(n, PLAIN))).toEqual([])
  })

  it('文档元数据：标题、作者为发文机关、创建日期、32 字符 DocID；页面 210 × 297 mm；MaxUnitID 不小于任何 ID', () => {
    const b = built.find((x) => x.name === 'sample')!
    const read = readOfd(b.bytes)
    expect(read.docInfo).toMatchObject({
      Title: '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报',
      Author: '中共青山县委',
      CreationDate: '2024-09-20',
    })
    expect(read.docInfo.DocID).toMatch(/^[0-9a-f]{32}$/)
    expect(read.physicalBox).toEqual([0, 0, 210, 297])
    // 同样的通报得同样的 DocID，不同的通报不同。
    expect(readOfd(exportOfd(sampleNotice(), { redhead: false, banji: false, today: '2024-09-20' })).docInfo.DocID).toBe(read.docInfo.DocID)
    expect(readOfd(built.find((x) => x.name === '001')!.bytes).docInfo.DocID).not.toBe(read.docInfo.DocID)
  })

  it('字体按字体方案的名称（FontName 与 FamilyName）；指定的字体文件嵌入包中', () => {
    const n = sampleNotice()
    for (const profile of ['gb2312', 'gbk', 'windows'] as const) {
      const read = readOfd(exportOfd(n, { ...SIGN_OFF, profile }))
      const names = new Set(read.pages.flatMap((p) => p.runs.map((r) => r.fontName)))
      expect([...names].sort()).toEqual([...new Set(Object.values(FONT_PROFILES[profile]))].sort())
      for (const p of read.pages) for (const r of p.runs) expect(r.familyName).toBe(r.fontName)
    }
    const font = new Uint8Array([0, 1, 0, 0, 7, 7, 7])
    const read = readOfd(exportOfd(n, { embedFonts: { fangsong: { fileName: '我的仿宋.ttf', bytes: font } } }))
    expect(read.problems).toEqual([])
    const embedded = Object.entries(read.files).filter(([k]) => k.startsWith('Doc_0/Res/'))
    expect(embedded.map(([, v]) => [...v])).toEqual([[...font]])
    expect(read.xml['Doc_0/PublicRes.xml']).toMatch(
      /<ofd:Font ID="\d+" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"><ofd:FontFile>fangsong-[^<]*\.ttf<\/ofd:FontFile>/,
    )
  })

  it('红头与版记：发文机关标志红色，红色分隔线与版记的粗细线是路径对象；大纲列出各级标题并指向所在页', () => {
    const b = built.find((x) => x.name === 'sample-signoff')!
    const read = readOfd(b.bytes)
    const first = read.pages[0]!
    expect(first.runs.find((r) => r.text === '中共青山县委')).toMatchObject({ color: '255 0 0', fontName: '方正小标宋简体' })
    expect(first.paths.map((p) => p.color)).toEqual(['255 0 0'])
    const last = read.pages.at(-1)!
    // 版记：首条粗线、抄送与印发之间的细线、末条粗线（0.353 / 0.265 mm）。
    expect(last.paths.map((p) => p.lineWidth)).toEqual([0.353, 0.265, 0.353])
    const bottom = last.paths.at(-1)!
    // 末条分隔线与版心下边缘重合（7.4.1）：37 mm + 22 × 行距。
    expect(Math.abs(bottom.box[1]! - (((2098 + 22 * 579) / 20) * 25.4) / 72)).toBeLessThan(0.05)
    const titles = read.outlines.map((o) => `${o.depth}:${o.title}`)
    expect(titles[0]).toBe('0:一、关于贯彻落实党中央决策部署方面')
    expect(titles).toContain('1:（一）理论学习与工作实际结合不够紧密的问题')
    expect(titles).toContain('2:1.健全学习制度。')
  })
})
