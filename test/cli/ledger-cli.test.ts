// tongbao import-ledger 与 export --ledger：openpyxl 写的台账 → 工程文件 → 导出的台账，再读回是同一棵树。
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultMapping, importLedger, readLedgerFile } from '../../core/ledger/import-ledger'
import { parseProject } from '../../core/project/project-file'
import { openpyxlLedger, shape, tempDir } from '../ledger/support/fixtures'

const BIN = resolve('bin/tongbao.cjs')
const dir = tempDir('ledger-cli')
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir })
let ledger: string

beforeAll(async () => {
  await openpyxlLedger(dir)
  ledger = join(dir, 'openpyxl-ledger.xlsx')
}, 60_000)

describe('tongbao import-ledger / export --ledger', () => {
  it('import-ledger 写出工程文件并列出列对应；--json 给出表头行与各列', () => {
    const out = join(dir, 'from-ledger.tongbao')
    const r = run('import-ledger', ledger, '-o', out)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/整改台账/)
    expect(r.stderr).toMatch(/责任 \/ 责任领导 → 责任领导/)
    const notice = parseProject(readFileSync(out))
    expect(notice.meta.kind).toBe('巡察')
    expect(notice.ledger).toMatchObject({ file: 'openpyxl-ledger.xlsx', problems: 4, done: 1 })
    const json = JSON.parse(run('import-ledger', ledger, '-o', join(dir, 'b.tongbao'), '--sheet', '2', '--json').stdout)
    expect(json.headerRows).toEqual([2, 3])
    expect(json.columns.map((c: { field: string }) => c.field)).toEqual([
      'number',
      'category',
      'problem',
      'measure',
      'leader',
      'responsible',
      'deadline',
      'progress',
      'closed',
    ])
  })

  it('--sheet 指向没有表头的工作表、超出范围：退出码 2，中文说明', () => {
    const noHeader = run('import-ledger', ledger, '-o', join(dir, 'c.tongbao'), '--sheet', '1')
    expect(noHeader.status).toBe(2)
    expect(noHeader.stderr).toMatch(/没有找到台账的表头/)
    const beyond = run('import-ledger', ledger, '-o', join(dir, 'c.tongbao'), '--sheet', '5')
    expect(beyond.status).toBe(2)
    expect(beyond.stderr).toMatch(/只有 2 张工作表/)
  })

  it('export --ledger 导出的台账再读回，条目树与工程文件相同（只导出台账时不因通报未填完而拒绝）', () => {
    const project = join(dir, 'from-ledger.tongbao')
    const out = join(dir, '导出台账.xlsx')
    expect(run('export', project, '--docx', join(dir, 'x.docx')).status).toBe(1) // 新通报的标题等还没填：公布用的导出被拦下
    const r = run('export', project, '--ledger', out)
    expect(r.status, r.stderr).toBe(0)
    const wb = readLedgerFile({ name: out, bytes: readFileSync(out) })
    const again = importLedger(wb, defaultMapping(wb)!, '导出台账.xlsx', '2024-01-01')
    expect(shape(again.items)).toEqual(shape(parseProject(readFileSync(project)).rectification.items))
  })
})
