// 打包时对依赖源码的一处替换（scripts/ 里的各处替换共用，清单见 renderer/vite.web.config.ts 的 DEPENDENCY_PATCHES）：要换的文字必须恰好出现一次，
// 否则（依赖升级了）构建失败，由人确认新版本是否还需要、是否仍然等价。

/** code 里恰好一处 slow 换成 fast；找不到或不止一处时抛出 message。 */
export function replaceOnce(code, slow, fast, message) {
  const at = code.indexOf(slow)
  if (at < 0 || code.indexOf(slow, at + 1) >= 0) throw new Error(message)
  return code.slice(0, at) + fast + code.slice(at + slow.length)
}

/** 对路径匹配 entry 的模块应用 patch 的 Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export function vitePatch(name, entry, patch) {
  return {
    name,
    transform(code, id) {
      return entry.test(id.split('?')[0]) ? { code: patch(code), map: null } : undefined
    },
  }
}
