import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'

describe('被打断的保存留下的临时文件', () => {
  it('下次保存时清理旧的临时文件，不动刚写的和别人的文件', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongbao-stale-'))
    const old = join(dir, '.~tongbao-0123456789ab.tmp')
    const fresh = join(dir, '.~tongbao-ba9876543210.tmp')
    const unrelated = join(dir, '.其他程序.0123.tmp')
    for (const f of [old, fresh, unrelated]) writeFileSync(f, '{"半截')
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000)
    utimesSync(old, hourAgo, hourAgo)
    utimesSync(unrelated, hourAgo, hourAgo)
    await saveProject(join(dir, '通报.tongbao'), sampleNotice())
    expect(readdirSync(dir).sort()).toEqual(['.~tongbao-ba9876543210.tmp', '.其他程序.0123.tmp', '通报.tongbao'].sort())
  })
})
