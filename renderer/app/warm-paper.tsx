/**
 * 启动后空闲时，在看不见的地方画一份自拟的小通报的纸面，随即拿掉：纸面、编辑器（slate-react）和条目的代码这时就编译好了，
 * 第一次打开通报时不再边编译边画。与导入 Worker 的预热（import/import-worker.ts）同一个道理，用的是同一份小通报。
 * 这份通报的 DocumentStore 不接自动保存、不进历史（没有 connect），画完即丢。空闲时一次约 20 ms。
 * 冷启动后第一次打开最大样例：117 → 102 ms（新标签页、12 轮交替；同轮的对照页 100 ms）。
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { DocumentStore } from '../document/store'
import { DocumentContext } from '../document/use-document'
import { warmUpNotice } from '../import/warm-up-notice'
import { Paper } from './paper'
import { whenIdle } from './when-idle'

export function warmPaper(): void {
  whenIdle(() => {
    const host = document.createElement('div')
    host.setAttribute('aria-hidden', 'true')
    host.inert = true
    // 排版但看不见、不占位置、不影响别处的排版（slate-react 要求编辑区在文档里）
    host.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 800px; height: 1px; visibility: hidden; contain: strict'
    document.body.append(host)
    const root = createRoot(host)
    const store = new DocumentStore(warmUpNotice(), [])
    flushSync(() =>
      root.render(
        <DocumentContext value={store}>
          <Paper onEditField={() => undefined} />
        </DocumentContext>,
      ),
    )
    // 同一个任务里拿掉：别的代码（包括测试）看不到这份纸面；卸载时先运行挂载的 effect，它们的代码也一并编译
    root.unmount()
    host.remove()
  })
}
