// 导出与校验相接：有错误时不导出（退出码 1），--force 才导出；校验本身出错时同样处理，不报“内部错误”。
// 校验结果在这里是替身：测的是导出命令对结果的处理，与哪条规则报错无关。
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import type { Finding } from '../../core/rules/types'
import { runCli } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'
import { tempDir } from './support/render'

/** 组织情况的文字决定替身的结果：“错误”报一个错误，“警告”报一个警告，“崩溃”让校验抛出。 */
vi.mock('../../core/rules/index', async (original) => ({
  ...(await original<typeof import('../../core/rules/index')>()),
  validate: (notice: Notice): Finding[] => {
    const text = notice.organization.paragraphs.map((p) => p.children.map((r) => r.text).join('')).join('')
    if (text.includes('崩溃')) throw new TypeError('simulated rule crash')
    const at = { path: ['organization', 'paragraphs', 0] }
    if (text.includes('错误')) return [{ rule: 'TB999', severity: 'error', message: '示例错误', location: at }]
    if (text.includes('警告')) return [{ rule: 'TB998', severity: 'warning', message: '示例警告', location: at }]
    return []
  },
}))

let dir: string
const files: Record<string, string> = {}

beforeAll(async () => {
  dir = tempDir('cli-validation')
  for (const kind of ['错误', '警告', '崩溃']) {
    const n = sampleNotice()
    n.organization.paragraphs = RichText.of(`这一段带有${kind}。`)
    files[kind] = join(dir, `${kind}.tongbao`)
    await saveProject(files[kind]!, n)
  }
})

function capture() {
  const err: string[] = []
  return { io: { out: () => {}, err: (t: string) => err.push(t) }, err }
}

describe('导出前的校验', () => {
  it('有错误：不导出，退出码 1，列出错误并提示 --force', async () => {
    const out = join(dir, 'refused.docx')
    const c = capture()
    expect(await runCli(['export', files['错误']!, '--docx', out], c.io)).toBe(1)
    expect(existsSync(out)).toBe(false)
    expect(c.err.some((l) => l.startsWith('错误 TB999 /organization/paragraphs/0'))).toBe(true)
    expect(c.err.join('\n')).toContain('--force')
  })

  it('有错误但加了 --force：照常导出', async () => {
    const out = join(dir, 'forced.docx')
    expect(await runCli(['export', files['错误']!, '--docx', out, '--force'], capture().io)).toBe(0)
    expect(existsSync(out)).toBe(true)
  })

  it('只有警告：照常导出，并提示警告数', async () => {
    const out = join(dir, 'warned.html')
    const c = capture()
    expect(await runCli(['export', files['警告']!, '--html', out], c.io)).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(c.err.join('\n')).toContain('1 个警告')
  })

  it('校验本身出错：不导出，中文说明，不露出内部信息；--force 时导出', async () => {
    const out = join(dir, 'crash.docx')
    const c = capture()
    expect(await runCli(['export', files['崩溃']!, '--docx', out], c.io)).toBe(1)
    expect(existsSync(out)).toBe(false)
    expect(c.err.join('\n')).toContain('校验没能完成')
    expect(c.err.join('\n')).not.toMatch(/simulated|内部错误/)
    expect(await runCli(['export', files['崩溃']!, '--docx', out, '--force'], capture().io)).toBe(0)
    expect(existsSync(out)).toBe(true)
  })
})
