// 合并审阅稿（#18 验收）：每个样例导出送审稿，再用三种方式做出审阅稿——(a) LibreOffice 开着修订记录、由 UNO 脚本改写、
// 删除、插入、移动并加批注，(b) 同样的改动写成 w:ins/w:del/w:moveFrom/w:moveTo，(c) 关着修订直接改——合并回通报：
// 通报恰好有这些改动，条目的编号、状态、时限、责任单位、责任领导与参照都留着；打印每个样例、每种文件找回的改动数。
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { applyReviewChanges, readReviewedDocx, reviewChanges } from '../../core/review/index'
import { FONTCONFIG_FILE } from '../support/office-fixtures'
import { seedNames, seedText } from '../support/seeds'
import { outline, recoveredKinds } from './support/recovered'
import {
  EDIT_KINDS,
  type EditKind,
  type EditPlan,
  expectedNotice,
  planEdits,
  REVIEWER,
  unoEdits,
  withItemFields,
  writeReviewed,
} from './support/review-edits'

type FileKind = 'libreoffice' | 'xml' | 'untracked'
const FILE_KINDS: FileKind[] = ['libreoffice', 'xml', 'untracked']

interface Seed {
  notice: Notice
  docx: Uint8Array
  plan: EditPlan
  expected: Notice
  files: Record<FileKind, Uint8Array>
}

const seeds = new Map<string, Seed>()
const tally: string[] = []
const dir = mkdtempSync(join(tmpdir(), 'tongbao-merge-review-'))

beforeAll(async () => {
  const job: unknown[] = []
  for (const name of seedNames()) {
    const imported = (await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice
    const notice = withItemFields(imported)
    const docx = await exportDocx(notice)
    const plan = planEdits(notice)
    const input = join(dir, `${name}.docx`)
    writeFileSync(input, docx)
    job.push({ input, output: join(dir, `${name}.lo.docx`), edits: unoEdits(notice, plan) })
    seeds.set(name, {
      notice,
      docx,
      plan,
      expected: expectedNotice(notice, plan),
      files: {
        xml: writeReviewed(docx, notice, plan, 'tracked'),
        untracked: writeReviewed(docx, notice, plan, 'untracked'),
        libreoffice: new Uint8Array(),
      },
    })
  }
  // 一次启动 LibreOffice，改完全部样例。
  writeFileSync(join(dir, 'job.json'), JSON.stringify({ author: REVIEWER, profile: join(dir, 'profile'), files: job }))
  execFileSync('/usr/bin/python3', [resolve('test/review/support/lo-review.py'), join(dir, 'job.json')], {
    env: { ...process.env, FONTCONFIG_FILE },
    stdio: 'inherit',
    timeout: 600_000,
  })
  for (const [name, s] of seeds) s.files.libreoffice = readFileSync(join(dir, `${name}.lo.docx`))
}, 900_000)

afterAll(() => {
  if (tally.length) console.log(`审阅稿找回的改动（每种 ${EDIT_KINDS.length} 处：${EDIT_KINDS.join('、')}）\n${tally.join('\n')}`)
})

describe.each(seedNames())('样例 %s', (name) => {
  it.each(FILE_KINDS)('%s 审阅稿合并回通报：恰好这些改动，条目字段都在', (kind) => {
    const s = seeds.get(name)!
    const doc = readReviewedDocx(s.files[kind])
    const result = reviewChanges(s.notice, doc)
    const merged = applyReviewChanges(s.notice, result, new Set(result.changes.map((c) => c.id)))
    expect(merged.skipped).toEqual([])
    const recovered = recoveredKinds(merged.notice, s.expected, s.plan, result)
    const got = EDIT_KINDS.filter((k: EditKind) => recovered[k])
    tally.push(
      `${name} ${kind.padEnd(11)} ${got.length}/${EDIT_KINDS.length}${got.length < EDIT_KINDS.length ? `（未找回：${EDIT_KINDS.filter((k) => !recovered[k]).join('、')}）` : ''}`,
    )
    const known = new Set(
      JSON.stringify(s.notice)
        .match(/"id":"[^"]+"/g)!
        .map((m) => m.slice(6, -1)),
    )
    for (const section of ['organization', 'rectification', 'nextSteps'] as const) {
      expect(outline(merged.notice[section].items, known), section).toEqual(outline(s.expected[section].items, known))
      expect(merged.notice[section].paragraphs, section).toEqual(s.expected[section].paragraphs)
    }
    // 只改条目：别的部分一字不动（导语、统计、联系方式仍由模型生成）。
    for (const key of ['meta', 'title', 'lead', 'statistics', 'contact', 'signature', 'parts'] as const)
      expect(merged.notice[key], key).toEqual(s.notice[key])
    expect(recovered).toEqual(Object.fromEntries(EDIT_KINDS.map((k) => [k, true])))
    // 清单里恰好是这几处，没有多出的改动或对不回的段。
    expect(result.changes.map((c) => c.kind).sort()).toEqual(['edit', 'edit', 'edit', 'item-added', 'item-deleted', 'item-moved'])
    expect(result.unplaced).toEqual([])
    // 留修订痕迹的改动（含删除与移动）记着作者；关着修订改的没有作者。
    if (kind === 'untracked') expect(result.changes.every((c) => c.authors.length === 0)).toBe(true)
    else expect(result.changes.every((c) => c.authors.includes(REVIEWER))).toBe(true)
  })
})
