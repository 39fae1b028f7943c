// 一张中文表：每个系统错误码、每种模式校验问题、每个消息编号都说中文，不夹英文（文件类型和产品名除外）。
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type MessageCode, SYSTEM_ERROR_CODES } from '../../core/messages/codes'
import { describeSchemaIssue, formatMessage, template } from '../../core/messages/index'
import { MESSAGES } from '../../core/messages/zh'
import { OpenError } from '../../core/project/errors'
import { readProject, serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'

/** 中文句子里可以出现的外文：文件类型、产品名、命令行选项和日期格式。 */
const ALLOWED =
  /Ctrl\+S|UTF-8|YYYY-MM-DD|JSON|WPS|Word|Excel|PDF|OFD|RTF|OCR|DOS|MB|U 盘|format|tongbao|\.(bak|docx|doc|wps|pdf|txt|html|tongbao|xlsx|xls)|--(overwrite|kind|docx|pdf|ofd-font|ofd|html|fragment|today|force|out-dir|format|mode|keep-aspects|ledger|sheet|track-changes-from|accept-all|signer|no-redhead)|\b(docx|ofd|html|fragment|follow-up|new-round|ledger)\b|-o\b/g
function expectChinese(text: string): void {
  expect(text).toMatch(/[\u4e00-\u9fff]/)
  // 引号里的是用户自己的文字（文件里多出的字段名、输入的值），照录不译。
  expect(text.replace(/“[^”]*”/g, '').replace(ALLOWED, '')).not.toMatch(/[A-Za-z]{2,}/)
  expect(text).not.toMatch(/\{\{|\}\}|undefined|null|\[object/)
}

const PARAMS = {
  name: '甲乙.tongbao',
  sizeMb: '60.0',
  version: 2,
  supported: 1,
  detail: '标题应为文字',
  ext: 'doc',
  option: '-甲',
  value: '乙',
  what: '文件',
  example: 'a.tongbao',
  command: '丙',
  profiles: '甲、乙',
  first: '甲.txt',
  second: '乙.txt',
  names: '送审稿1、修改稿2',
}

describe('系统错误码', () => {
  const failures = [...SYSTEM_ERROR_CODES, 'read-only', 'unknown'] as const
  it.each(failures)('%s：读与写各有一句中文，点名用户的文件', (failure) => {
    for (const op of ['read', 'write'] as const) {
      const text = formatMessage({ code: `${op}.${failure}`, params: { name: '甲乙.tongbao' } })
      expectChinese(text)
      expect(text).toContain('「甲乙.tongbao」')
      expect(text).not.toContain(failure === 'unknown' || failure === 'read-only' ? '\u0000' : failure)
    }
  })
})

describe('消息编号', () => {
  it.each(Object.keys(MESSAGES) as MessageCode[])('%s 有中文说明', (code) => {
    expectChinese(formatMessage({ code, params: PARAMS }))
  })

  it('缺了参数也不把 {{占位}} 露给用户', () => {
    expect(template('write.ENOSPC')).toContain('{{name}}')
    expect(formatMessage({ code: 'write.ENOSPC' })).not.toContain('{{')
  })
})

/** 每种 zod 问题，各举一个能触发它的模式与输入。 */
const KINDS: [string, z.ZodType, unknown][] = [
  ['invalid_type（缺字段）', z.strictObject({ title: z.string() }), {}],
  ['invalid_type（类型不对）', z.strictObject({ title: z.string() }), { title: 3 }],
  ['unrecognized_keys', z.strictObject({ title: z.string() }), { title: 'a', foo: 1 }],
  ['invalid_value', z.strictObject({ status: z.enum(['已完成', '持续推进']) }), { status: 'done' }],
  ['too_small（字符串）', z.strictObject({ id: z.string().min(1) }), { id: '' }],
  ['too_small（列表）', z.strictObject({ items: z.array(z.string()).min(1) }), { items: [] }],
  ['too_small（数字）', z.strictObject({ total: z.number().nonnegative() }), { total: -1 }],
  ['too_big（字符串）', z.strictObject({ title: z.string().max(2) }), { title: 'abc' }],
  ['too_big（列表）', z.strictObject({ items: z.array(z.string()).max(1) }), { items: ['a', 'b'] }],
  ['too_big（数字）', z.strictObject({ count: z.number().max(1) }), { count: 3 }],
  ['invalid_format（日期）', z.strictObject({ deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date format') }), { deadline: '明年' }],
  ['invalid_format（其他）', z.strictObject({ emails: z.array(z.email()) }), { emails: ['x'] }],
  ['not_multiple_of', z.strictObject({ count: z.number().multipleOf(2) }), { count: 3 }],
  ['invalid_union', z.strictObject({ body: z.union([z.string(), z.number()]) }), { body: true }],
  ['invalid_key', z.strictObject({ meta: z.record(z.string().min(3), z.string()) }), { meta: { a: 'x' } }],
  ['invalid_element', z.strictObject({ phones: z.map(z.object({}), z.number()) }), { phones: new Map([[{}, 'b']]) }],
  ['custom', z.strictObject({ parts: z.array(z.string()).refine(() => false, 'English custom text') }), { parts: [] }],
  ['custom（日期）', z.strictObject({ date: z.string().refine(() => false, 'no such date') }), { date: '2024-02-30' }],
]

describe('模式校验问题', () => {
  it.each(KINDS)('%s → 中文，说出字段与期望', (_label, schema, input) => {
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    for (const issue of result.error!.issues) {
      const text = describeSchemaIssue(issue)
      expectChinese(text)
      expect(text).not.toMatch(/English|Unrecognized|Invalid|expected/)
    }
  })

  it('zod 的全部问题种类都在上面举到了', () => {
    const seen = new Set(KINDS.flatMap(([, schema, input]) => schema.safeParse(input).error!.issues.map((i) => i.code)))
    const all: z.core.$ZodIssue['code'][] = [
      'invalid_type',
      'unrecognized_keys',
      'invalid_value',
      'too_small',
      'too_big',
      'invalid_format',
      'not_multiple_of',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'custom',
    ]
    expect([...seen].sort()).toEqual([...all].sort())
  })
})

function openText(text: string): OpenError {
  try {
    readProject(new TextEncoder().encode(text))
  } catch (e) {
    return e as OpenError
  }
  throw new Error('expected OpenError')
}

describe('打开工程文件时的说明', () => {
  const good = serializeProject(sampleNotice())
  it('formatVersion 1.5：说版本号不对，不是“缺少 format 标记”', () => {
    const e = openText(good.replace(/"formatVersion": \d+/, '"formatVersion": 1.5'))
    expect(e.code).toBe('open.bad-version')
    expect(e.message).toContain('1.5')
    expect(e.message).not.toMatch(/缺少 format/)
  })

  it('多出的字段：中文字段名，没有 “Unrecognized key”', () => {
    const e = openText(good.replace('"signature": {', '"signature": { "seal": true,'))
    expect(e.code).toBe('open.invalid-content')
    expect(e.message).toMatch(/落款中有本程序不认识的字段：“seal”/)
    expectChinese(e.message)
  })

  it('状态写错：说出是哪一条、允许哪些值', () => {
    const n = sampleNotice()
    const text = serializeProject(n).replace(/"status": "(已完成|基本完成|持续推进)"/, '"status": "done"')
    const e = openText(text)
    expect(e.message).toMatch(/逐条整改的条目第 1 项.*整改状态应为 “已完成”、“基本完成”、“持续推进” 之一/)
    expectChinese(e.message)
  })

  it('日期写成不存在的日子：说应为存在的日期', () => {
    const e = openText(good.replace(/"feedbackDate": (null|"[^"]*")/, '"feedbackDate": "2024-02-30"'))
    expect(e.message).toMatch(/反馈日期应为存在的日期/)
  })
})
