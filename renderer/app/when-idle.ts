/** 浏览器空闲时运行（没有 requestIdleCallback 的环境里稍后运行）：启动后的准备工作（导入 Worker、预热纸面）用它，不与首屏争抢。 */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run())
  else setTimeout(run, 200)
}
