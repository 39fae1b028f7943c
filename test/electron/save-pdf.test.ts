// 桌面版导出 PDF（issue #11）：打印页交给不显示的窗口的 printToPDF（这里是假的 webContents，Electron 在测试机上不能运行），
// A4、无页边距、按 CSS 的页面大小；保存对话框只列 .pdf，取消就不打印；窗口与临时文件无论成败都清掉。
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { layoutNotice } from '../../core/layout'
import { printHtml } from '../../core/layout/print-html'
import { type PdfOptions, type PrintWindow, printToPdf } from '../../electron/main/pdf/print-to-pdf'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, makeDesk, type Saved } from './support/fakes'

/** 假的打印窗口：记下加载的文件内容与打印选项。 */
class FakePrintWindow implements PrintWindow {
  loaded: string | null = null
  loadedPath: string | null = null
  options: PdfOptions | null = null
  destroyed = false
  constructor(private readonly fail = false) {}
  async loadFile(path: string) {
    this.loadedPath = path
    this.loaded = await readFile(path, 'utf8')
  }
  readonly webContents = {
    printToPDF: async (options: PdfOptions) => {
      this.options = options
      if (this.fail) throw new Error('printing failed')
      return new TextEncoder().encode('%PDF-1.7')
    },
  }
  destroy() {
    this.destroyed = true
  }
}

let temp: string
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'tongbao-pdf-test-'))
})
afterEach(() => rm(temp, { recursive: true, force: true }))

describe('printToPdf', () => {
  it('加载打印页、按 A4 无页边距打印，返回 PDF 字节；窗口销毁、临时文件删除', async () => {
    const html = printHtml(layoutNotice(sampleNotice()), '通报')
    const win = new FakePrintWindow()
    const bytes = await printToPdf(html, () => win, temp)
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7')
    expect(win.loaded).toBe(html)
    expect(win.options).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })
    expect(win.destroyed).toBe(true)
    expect(existsSync(win.loadedPath!)).toBe(false)
    expect(readdirSync(temp)).toEqual([])
  })

  it('打印失败：异常照常抛出，窗口与临时文件仍清掉', async () => {
    const win = new FakePrintWindow(true)
    await expect(printToPdf('<p>x</p>', () => win, temp)).rejects.toThrow('printing failed')
    expect(win.destroyed).toBe(true)
    expect(readdirSync(temp)).toEqual([])
  })
})

describe('宿主方法 savePdf', () => {
  let desk: Desk
  beforeEach(async () => {
    desk = await makeDesk()
  })
  afterEach(() => desk.cleanup())

  it('保存对话框只列 .pdf；打印的是页面给的打印页，写入打印出的字节', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '签发稿'))
    const result = (await desk.call(win, 'savePdf', '<html>页</html>', '青山县委 整改通报.pdf')) as Saved
    expect(result.ref.path).toBe(join(desk.docs, '签发稿.pdf'))
    expect(new TextDecoder().decode(await readFile(result.ref.path!))).toBe('%PDF-1.7 fake')
    expect(desk.printed).toEqual(['<html>页</html>'])
    expect(desk.dialogs.ofKind('save')[0]).toMatchObject({ filters: [{ extensions: ['pdf'] }] })
  })

  it('取消：不打印、不写文件', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(null)
    expect(await desk.call(win, 'savePdf', '<p>x</p>', 'x.pdf')).toEqual({ ok: true, kind: 'cancelled' })
    expect(desk.printed).toEqual([])
  })

  it('参数不合格（空页面）得到失败值', async () => {
    const win = desk.app.newWindow().window
    expect(await desk.call(win, 'savePdf', '', 'x.pdf')).toMatchObject({ ok: false, code: 'host.bad-arguments' })
  })
})
