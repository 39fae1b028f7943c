// 基准：桌面版主进程的文件操作，走与页面相同的 IPC 处理路径（来源检查、zod 校验、解析校验、原子写入与 .bak、fsync）。
// 分别用最大样例导入后的通报与约 50 万字的通报。目标：样例大小 < 50 ms，50 万字 < 250 ms（自动保存在后台，不挡输入）。
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { serializeProject } from '../../core/project/project-file'
import { makeDesk } from '../electron/support/fakes'
import { largeNotice } from '../support/large-notice'
import { largestSeed, seedText } from '../support/seeds'
import { type BenchRow, measure } from './harness'

async function rows(label: string, notice: Notice, targetMs: number): Promise<BenchRow[]> {
  const desk = await makeDesk()
  try {
    const text = serializeProject(notice)
    const kb = `${(new TextEncoder().encode(text).length / 1024).toFixed(0)} KB`
    const win = desk.app.newWindow().window
    const path = join(desk.docs, 'bench.tongbao')
    await writeFile(path, text)
    desk.dialogs.willSaveAs(path)
    const first = (await desk.call(win, 'saveProject', null, text, { saveAs: false })) as { ref: { path: string; name: string } }
    const save = await measure(() => desk.call(win, 'saveProject', first.ref, text, { saveAs: false }), 15, 3)
    // 自动保存经 IPC 交来的是工程文件的字节（页面的 Blob 由 preload 读成字节）
    const bytes = new TextEncoder().encode(text)
    const autosave = await measure(() => desk.call(win, 'autosave', 'bench', first.ref, bytes, 'bench'), 15, 3)
    const open = await measure(
      async () => {
        desk.dialogs.willOpen(path)
        await desk.call(win, 'pickFile', 'open')
      },
      15,
      3,
    )
    return [
      { name: `保存（原子写入 + .bak）${label}，${kb}`, ...save, targetMs },
      { name: `自动保存到恢复区 ${label}`, ...autosave, targetMs },
      { name: `打开（读入 + 校验）${label}`, ...open, targetMs },
    ]
  } finally {
    await desk.cleanup()
  }
}

export async function run(): Promise<BenchRow[]> {
  const name = largestSeed()
  const seed = (await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice
  return [...(await rows(name, seed, 50)), ...(await rows('50 万字', largeNotice(500_000), 250))]
}
