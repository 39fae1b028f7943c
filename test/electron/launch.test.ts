// 从进程参数里找要打开的文件。
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesFromArgv } from '../../electron/main/launch/files-from-argv'

/** 双击 .tongbao 或在命令行带文件启动：从进程参数里找出要打开的文件。 */
describe('filesFromArgv', () => {
  it('打包后的程序：可执行文件之后的文件路径', () => {
    expect(filesFromArgv(['/opt/整改通报编辑器/tongbao', '/home/u/文档/甲.tongbao'], '/')).toEqual(['/home/u/文档/甲.tongbao'])
  })

  it('开发时：跳过入口脚本和 Chromium 开关', () => {
    const argv = ['/x/electron', '.', '--no-sandbox', 'out/main/index.js', '--inspect=5858', '甲.tongbao']
    expect(filesFromArgv(argv, '/home/u')).toEqual([join('/home/u', '甲.tongbao')])
  })

  it('可导入的文件也收下，其他扩展名不收', () => {
    const argv = ['app', 'a.docx', 'b.TXT', 'c.html', 'd.htm', 'e.pdf', 'f.js', 'g']
    expect(filesFromArgv(argv, '/w')).toEqual(['a.docx', 'b.TXT', 'c.html', 'd.htm'].map((f) => resolve('/w', f)))
  })

  it('同一文件只出现一次', () => {
    expect(filesFromArgv(['app', 'a.tongbao', './a.tongbao'], '/w')).toEqual([resolve('/w', 'a.tongbao')])
  })
})
