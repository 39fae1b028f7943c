// 送审稿（带修订的 Word）：在样例的副本上改写、删句、加段、移动条目，对照原样导出修订。
// LibreOffice 读出的修订正是这几处（外加移动带来的序号变化），全部接受后与改后通报的普通导出同页同行。
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { exportReviewDocx, readReviewIds } from '../../core/export/docx/review-docx'
import { importFromText } from '../../core/import'
import { getAtPath, type Notice, Paragraph } from '../../core/model'
import { type Finding, validate } from '../../core/rules'
import { makeReviewEdits, type ReviewEdits } from '../support/review-edits'
import { FONTCONFIG_FILE, soffice } from '../support/office-fixtures'
import { SHARED_DIR, seedNames, seedText } from '../support/seeds'
import { acceptAll, mergeRuns, paragraphTexts, rejectAll } from './support/resolve-revisions'
import { tempDir, writeTemp } from './support/render'

const run = promisify(execFile)
const AUTHOR = '县委办公室'
const DATE = '2024-05-06T08:30:00Z'
const IDS = { documentId: 'doc-1', versionId: 'ver-2', baseVersionId: 'ver-1' }
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!)
/** 移动条目后，其间各条的序号随之变化：这类修订只含序号字。 */
const isRenumbering = (text: string) => /^[一二三四五六七八九十0-9]+$/.test(text)

describe('修订的 XML 变换（测试用，先单独核对）', () => {
  const p = (inner: string) => `<w:p><w:pPr><w:pStyle w:val="B"/></w:pPr>${inner}</w:p>`
  const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`
  const d = (t: string) => `<w:r><w:delText xml:space="preserve">${t}</w:delText></w:r>`
  const xml =
    p(
      `${r('甲')}<w:del w:id="1" w:author="a" w:date="x">${d('乙')}</w:del><w:ins w:id="2" w:author="a" w:date="x">${r('丙')}</w:ins>${r('丁')}`,
    ) +
    `<w:p><w:pPr><w:pStyle w:val="B"/><w:rPr><w:del w:id="3" w:author="a" w:date="x"/></w:rPr></w:pPr><w:del w:id="4" w:author="a" w:date="x">${d('删段')}</w:del></w:p>` +
    `<w:p><w:pPr><w:pStyle w:val="B"/><w:rPr><w:ins w:id="5" w:author="a" w:date="x"/></w:rPr></w:pPr><w:ins w:id="6" w:author="a" w:date="x">${r('加段')}</w:ins></w:p>`
  it('接受：删去的不见、加入的留下、相邻同格式片段并回一个', () => {
    expect(acceptAll(xml)).toBe(p(r('甲丙丁')) + p(r('加段')))
  })
  it('拒绝：回到原来的文字', () => {
    expect(paragraphTexts(rejectAll(xml))).toEqual(['甲乙丁', '删段'])
  })
  it('没有修订的段落原样（并片段之外）', () => {
    expect(mergeRuns(p(r('一') + r('二')))).toBe(p(r('一二')))
  })
})

interface Case {
  seed: string
  original: Notice
  edits: ReviewEdits
  review: Uint8Array
  normal: Uint8Array
  /** 同一份送审稿，另把改后通报的检查发现写成批注 */
  commented: Uint8Array
  findings: Finding[]
}

/** 发现所指的文字（模型里那段文字，按范围截取）。 */
function findingText(notice: Notice, f: Finding): string {
  const target = getAtPath(notice, f.location.path)
  const text =
    typeof target === 'string'
      ? target
      : typeof target === 'object' && target && 'children' in target
        ? Paragraph.text(target as Paragraph)
        : ''
  return f.location.range ? text.slice(...f.location.range) : text
}

// 两份样例：第一份与最长的一份（分页多，修订前后的分页都要对上）。
const SEEDS = (() => {
  const names = seedNames()
  const longest = [...names].sort((a, b) => seedText(b).length - seedText(a).length)[0]!
  return [...new Set([names[0]!, longest])]
})()

const cases: Case[] = []
beforeAll(async () => {
  for (const seed of SEEDS) {
    const original = importFromText(seedText(seed)).notice
    const edits = makeReviewEdits(original)
    const review = await exportReviewDocx(original, edits.edited, { author: AUTHOR, date: DATE, ids: IDS })
    const findings = validate(edits.edited)
    const commented = await exportReviewDocx(original, edits.edited, { author: AUTHOR, date: DATE, ids: IDS, comments: findings })
    cases.push({ seed, original, edits, review, normal: await exportDocx(edits.edited), commented, findings })
  }
}, 120_000)

describe('送审稿的 document.xml', () => {
  it('全部接受后与改后通报的普通导出逐字节相同；全部拒绝后各段文字与原通报的普通导出相同', async () => {
    for (const c of cases) {
      expect(acceptAll(documentXml(c.review)), c.seed).toBe(mergeRuns(documentXml(c.normal)))
      expect(paragraphTexts(rejectAll(documentXml(c.review))), c.seed).toEqual(
        paragraphTexts(mergeRuns(documentXml(await exportDocx(c.original)))),
      )
    }
  })

  it('docProps/custom.xml 记下工程、当前版本与对照版本（与 #18 的约定）', () => {
    expect(readReviewIds(cases[0]!.review)).toEqual(IDS)
    expect(readReviewIds(cases[0]!.normal)).toBeNull()
  })

  it('没有改动时没有修订，文件与普通导出的正文相同', async () => {
    const c = cases[0]!
    const same = await exportReviewDocx(c.original, c.original, { author: AUTHOR, date: DATE, ids: IDS })
    expect(documentXml(same)).toBe(documentXml(await exportDocx(c.original)))
  })
})

/** .odt 里的批注：内容与锚住的文字（批注起止之间的正文，去掉标记；删去的文字不在正文里）。 */
function odtComments(path: string): { content: string; anchor: string }[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['content.xml']!)
  // 锚住的范围里可能还有别的批注（重叠的发现）：它们的内容不算正文。
  const text = (s: string) =>
    s
      .replace(/<text:tracked-changes>.*?<\/text:tracked-changes>/gs, '')
      .replace(/<office:annotation .*?<\/office:annotation>/gs, '')
      .replace(/<[^>]+>/g, '')
  return [...xml.matchAll(/<office:annotation [^>]*?office:name="([^"]+)"[^>]*>(.*?)<\/office:annotation>/gs)].map((m) => {
    const end = xml.indexOf(`<office:annotation-end office:name="${m[1]}"/>`, m.index)
    const content = [...m[2]!.matchAll(/<text:p[^>]*>(.*?)<\/text:p>/gs)].map((p) => text(p[1]!)).join('\n')
    return { content, anchor: end < 0 ? '' : text(xml.slice(m.index + m[0].length, end)) }
  })
}

describe('LibreOffice 读送审稿', () => {
  interface LoFile {
    redlines: { type: string; author: string; date: string; text: string }[]
    remainingAfterAccept: boolean
  }
  let lo: Record<string, LoFile>
  let dir: string
  beforeAll(async () => {
    dir = tempDir('review')
    const files = cases.flatMap((c, i) => [writeTemp(dir, `review-${i}.docx`, c.review), writeTemp(dir, `normal-${i}.docx`, c.normal)])
    // 带批注的文件经 UNO 关闭时 LibreOffice 7.4 会崩溃：它们改为转成 .odt，从 content.xml 读批注与锚住的文字。
    soffice(
      cases.map((c, i) => writeTemp(dir, `commented-${i}.docx`, c.commented)),
      'odt',
      dir,
      join(dir, 'profile-odt'),
    )
    const { stdout } = await run('/usr/bin/python3', [join(import.meta.dirname, 'support/lo_review.py'), dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE, PROFILE: join(dir, 'profile') },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    })
    lo = JSON.parse(stdout) as Record<string, LoFile>
  }, 660_000)

  it('列出的修订正是那几处编辑（加上移动带来的序号变化），作者与时间如所给', () => {
    cases.forEach((c, i) => {
      const { redlines, remainingAfterAccept } = lo[`review-${i}.docx`]!
      expect(remainingAfterAccept).toBe(false)
      expect(lo[`normal-${i}.docx`]!.redlines).toEqual([])
      for (const r of redlines) expect([r.author, r.date]).toEqual([AUTHOR, DATE.slice(0, 19)])
      const edits = redlines.filter((r) => !isRenumbering(r.text))
      const { reword, deletedSentence, insertedParagraph, movedTitle } = c.edits
      const at = (type: string, test: (t: string) => boolean) => edits.filter((r) => r.type === type && test(r.text))
      expect(
        at('Delete', (t) => t === reword.from),
        c.seed,
      ).toHaveLength(1)
      expect(
        at('Insert', (t) => t === reword.to),
        c.seed,
      ).toHaveLength(1)
      expect(
        at('Delete', (t) => t === deletedSentence),
        c.seed,
      ).toHaveLength(1)
      expect(
        at('Insert', (t) => t === insertedParagraph + '\n'),
        c.seed,
      ).toHaveLength(1)
      // 移动的条目：原处整条删去、新处整条加入，两处文字除序号外相同。
      const movedOut = at('Delete', (t) => t.includes(movedTitle))
      const movedIn = at('Insert', (t) => t.includes(movedTitle))
      expect([movedOut.length, movedIn.length], c.seed).toEqual([1, 1])
      const body = (t: string) => t.slice(t.indexOf(movedTitle)).replace(/\n$/, '')
      expect(body(movedOut[0]!.text)).toBe(body(movedIn[0]!.text))
      // 除此之外没有别的修订。
      expect(edits, c.seed).toHaveLength(6)
      expect(redlines.length - edits.length, c.seed).toBeGreaterThan(0)
    })
  })

  it('检查发现写成批注：批注个数等于发现个数，每条锚在它所指的文字上', () => {
    cases.forEach((c, i) => {
      const comments = odtComments(join(dir, `commented-${i}.odt`))
      expect(c.findings.length, c.seed).toBeGreaterThan(0)
      expect(comments, c.seed).toHaveLength(c.findings.length)
      const shown = paragraphTexts(documentXml(c.normal)).join('\n')
      let exact = 0
      const severity = { error: '错误', warning: '警告', info: '提示' } as const
      c.findings.forEach((f) => {
        const mine = comments.filter((x) => x.content === `【${severity[f.severity]}】${f.message}`)
        expect(mine.length, `${c.seed} ${f.rule}`).toBeGreaterThan(0)
        const expected = findingText(c.edits.edited, f)
        // 所指的文字印在文件里的：锚正是它；不在正文里的（只在信息面板的字段）锚在所在段落上，不为空。
        if (expected && shown.includes(expected)) {
          expect(
            mine.map((x) => x.anchor),
            `${c.seed} ${f.rule}`,
          ).toContain(expected)
          exact++
        } else
          expect(
            mine.every((x) => x.anchor.length > 0),
            `${c.seed} ${f.rule}`,
          ).toBe(true)
      })
      console.log(`${c.seed}：${c.findings.length} 条发现，${exact} 条锚在所指的文字上，其余锚在所在段落`)
    })
  })

  it('全部接受后排出的页与改后通报的普通导出相同（layout_check 的数字相等）', async () => {
    const check = async (pdf: string) => {
      const { stdout } = await run('/usr/bin/python3', [join(SHARED_DIR, 'tools/layout_check.py'), pdf, '--json'], {
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      })
      const { file: _f, render_s: _r, ...figures } = JSON.parse(stdout) as Record<string, unknown>
      return figures
    }
    for (let i = 0; i < cases.length; i++) {
      const accepted = await check(join(dir, `review-${i}.pdf`))
      const normal = await check(join(dir, `normal-${i}.pdf`))
      expect(accepted, cases[i]!.seed).toEqual(normal)
      expect(accepted.pages, cases[i]!.seed).toBeGreaterThan(1)
    }
  }, 600_000)
})
