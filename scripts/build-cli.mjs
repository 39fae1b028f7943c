// 把命令行打成 out/cli/ 下的 ES 模块（npm install 时由 prepare 运行）：bin/tongbao.mjs 运行它，启动时不再编译 TypeScript。
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { docxAttributesEsbuild } from './docx-attributes.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// --outdir：测试把它打到临时目录，不动 out/cli。
const { values } = parseArgs({ options: { outdir: { type: 'string' } } })
const outdir = values.outdir ? resolve(values.outdir) : join(root, 'out/cli')

/**
 * zod 的 `z` 命名空间带着四十多种语言的报错文字（约 360 KB），每次启动都要编译。
 * 通报只用到默认的英文（内部）和中文，其余换成不含它们的模块。
 */
const zodLocalesPlugin = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js'\nexport { default as zhCN } from './zh-CN.js'\n",
      resolveDir: dirname(args.path),
    }))
  },
}

const result = await build({
  absWorkingDir: root,
  entryPoints: { tongbao: 'electron/cli/main.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  // 入口是一个 ES 模块；按需载入的部分（docx、mammoth、htmlparser2）各成一块，只在用到时读入和编译。
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // mammoth、jszip 等是 CommonJS，会 require Node 的内置模块：ES 模块里没有 require，给它一个。
  banner: { js: "import { createRequire as __tongbaoRequire } from 'node:module'; const require = __tongbaoRequire(import.meta.url);" },
  plugins: [zodLocalesPlugin, docxAttributesEsbuild],
  // fflate 给 Node 的入口一载入就 require('worker_threads')（只为异步压缩，这里不用）；浏览器入口的同步函数相同，少载一个内置模块。
  alias: { fflate: 'fflate/browser' },
  // 少一半字节，少一半编译时间；不改名，报错时的调用栈仍可读。
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
})

/** 先写临时文件再改名：测试或基准正在运行命令行时重打，它们看到的总是完整的文件。 */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, contents)
  renameSync(tmp, path)
}

for (const file of result.outputFiles) writeAtomic(file.path, file.contents)
writeAtomic(join(outdir, 'meta.json'), JSON.stringify(result.metafile))
// 分块名带内容散列：源码改了会留下旧块，删掉这次没有产出的。
const fresh = new Set(result.outputFiles.map((f) => resolve(f.path)))
for (const name of existsSync(join(outdir, 'chunks')) ? readdirSync(join(outdir, 'chunks')) : []) {
  const path = join(outdir, 'chunks', name)
  if (!fresh.has(path) && !name.endsWith('.tmp')) rmSync(path, { force: true })
}
