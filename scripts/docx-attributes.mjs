// docx 9 的属性组件（NextAttributeComponent.prepForXml）每收一个属性就把已收集的整个对象复制一遍（Babel 的 _objectSpread2，
// 走 ownKeys 与 defineProperty）：导出最大的样例时约 10 ms，外加它留下的垃圾。结果只是一个普通对象，原地写入完全等价
// （同样的键、同样的顺序，重复的键同样后者为准）。命令行（scripts/build-cli.mjs）与界面（Vite）打包 docx 时都换成原地写入。
// 只换这一处：找不到它（升级了 docx）就让构建失败，由人确认新版本是否还需要。
import { readFile } from 'node:fs/promises'
import { replaceOnce, vitePatch } from './replace-once.mjs'

/** docx 的 ES 模块入口：两种打包器都从这里读它。 */
export const DOCX_ENTRY = /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/

const SLOW = '.reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {})'
const FAST = '.reduce((acc, { key, value }) => (acc[key] = value, acc), {})'

/** docx 入口的源码 → 换掉逐个复制的那一处。 */
export function patchDocxAttributes(code) {
  return replaceOnce(
    code,
    SLOW,
    FAST,
    'docx 的属性组件与预期不同（升级了 docx？）：请检查 scripts/docx-attributes.mjs 是否仍然需要、仍然等价',
  )
}

/** esbuild 插件（命令行）。 */
export const docxAttributesEsbuild = {
  name: 'docx-attributes',
  setup(build) {
    build.onLoad({ filter: DOCX_ENTRY }, async (args) => ({
      contents: patchDocxAttributes(await readFile(args.path, 'utf8')),
      loader: 'js',
    }))
  },
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const docxAttributesVite = vitePatch('docx-attributes', DOCX_ENTRY, patchDocxAttributes)
