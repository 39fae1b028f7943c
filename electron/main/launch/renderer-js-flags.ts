/**
 * 页面进程（渲染进程与其中的 Worker）的 V8 参数，主进程启动时经 `--js-flags` 交给 Chromium；
 * 端到端测试与基准的浏览器宿主也带上同一组（test/e2e/support/browser.ts），量到的就是用户得到的。
 *
 * 新生代（semi-space）上限 4 MB：打开大文档时，React 一次建起几十万个留着不放的对象，V8 见存活率高就把新生代
 * 放大到 16 MB 以上，每次新生代回收都要搬动整块存活对象，一停就是 60–110 ms（150 万字：20 多次，界面隔 0.2 秒卡一下）。
 * 上限 4 MB 时回收次数多了，总耗时相近（1.6–1.7 s），每次最长 18 ms；平常打字每键分配得少，回收次数与耗时不变。
 */
export const RENDERER_JS_FLAGS = '--max-semi-space-size=4'
