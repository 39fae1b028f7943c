// 把命令行打成 out/cli/（npm install 时由 prepare 运行）：bin/tongbao.cjs 运行它，启动时不再编译 TypeScript。
// 产物：tongbao.cjs（命令行本身，一个 CommonJS 文件）与它的 V8 编译缓存 tongbao.<内容散列>.cache（见 bin/cli-loader.cjs），
// vendor/ 下是只在读 .docx、PDF 时才载入的大库。为用上编译缓存，命令行要由 vm.Script 编译，因而是 CommonJS 而不是 ES 模块。
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { build } from 'esbuild'
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { asciiOnly } from './ascii-only.mjs'
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
    // 路径相对于项目根：它会写进包里模块的名字，绝对路径会让不同目录下打出的包不同（缓存的散列也就不同），还带出构建机的目录。
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: relative(root, join(dirname(args.importer), '../locales/index.js')), namespace: 'zod-locales' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js'\nexport { default as zhCN } from './zh-CN.js'\n",
      resolveDir: join(root, dirname(args.path)),
    }))
  },
}

/**
 * 只在读某种文件时才用到的大库，各打成 vendor/ 下一个 CommonJS 文件，用到时才 require：它们不进 tongbao.cjs，
 * 命令行每次启动就不必读入、解码它们（mammoth 连同 jszip 等约 470 KB，pdfjs 约 2.4 MB）。
 */
const VENDOR = {
  mammoth: 'mammoth',
  pdf: 'pdfjs-dist/legacy/build/pdf.mjs',
  'pdf.worker': 'pdfjs-dist/legacy/build/pdf.worker.mjs',
}
const vendorOf = new Map(Object.entries(VENDOR).map(([name, specifier]) => [specifier, name]))
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: /^(mammoth|pdfjs-dist)(\/|$)/ }, (args) => {
      const name = vendorOf.get(args.path)
      return name === undefined ? undefined : { path: `./vendor/${name}.cjs`, external: true }
    })
  },
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'cjs',
  // 少一半字节，少一半编译时间；不改名，报错时的调用栈仍可读。
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
}

const main = await build({
  ...common,
  entryPoints: { tongbao: 'electron/cli/main.ts' },
  outfile: join(outdir, 'tongbao.cjs'),
  // 按需载入的 import() 改成按需 require()：vm.Script 编译的脚本里没有 ES 模块的加载器。
  supported: { 'dynamic-import': false },
  plugins: [zodLocalesPlugin, docxAttributesEsbuild, vendorPlugin],
  // fflate 给 Node 的入口一载入就 require('worker_threads')（只为异步压缩，这里不用）；浏览器入口的同步函数相同，少载一个内置模块。
  alias: { fflate: 'fflate/browser' },
  metafile: true,
})

const vendor = await build({
  ...common,
  entryPoints: VENDOR,
  outdir: join(outdir, 'vendor'),
  outExtension: { '.js': '.cjs' },
  // pdfjs 用 import.meta.url 为自己 createRequire、找 wasm：换成这个文件自己的地址。
  define: { 'import.meta.url': '__vendorUrl' },
  banner: { js: "var __vendorUrl=require('node:url').pathToFileURL(__filename).href;" },
})

/** 先写临时文件再改名：测试或基准正在运行命令行时重打，它们看到的总是完整的文件。 */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, contents)
  renameSync(tmp, path)
}

// 包只含 ASCII（见 ascii-only.mjs）；第一行写上内容散列：编译缓存的文件名带着它（bin/cli-loader.cjs），旧源码的缓存不会配给新源码。
const [bundle] = main.outputFiles
const ascii = Buffer.from(asciiOnly(bundle.text), 'latin1')
const id = createHash('sha256').update(ascii).digest('hex').slice(0, 20)
const stamped = Buffer.concat([Buffer.from(`// tongbao-cli ${id}\n`), ascii])
// 早先的产物（ES 模块版的 tongbao.mjs 与 chunks/、旧源码的缓存）不再用到。
rmSync(join(outdir, 'tongbao.mjs'), { force: true })
rmSync(join(outdir, 'chunks'), { recursive: true, force: true })
mkdirSync(outdir, { recursive: true })
for (const name of readdirSync(outdir)) if (/^tongbao\.[0-9a-f]+\.cache$/.test(name)) rmSync(join(outdir, name), { force: true })
for (const file of vendor.outputFiles) writeAtomic(file.path, file.contents)
writeAtomic(bundle.path, stamped)
writeAtomic(join(outdir, 'meta.json'), JSON.stringify(main.metafile))

// 编译缓存：另起一个进程（与用户运行 bin 时同样的 Node 与参数）跑一遍典型的命令，存下编译过的函数。
const warm = spawnSync(process.execPath, [join(root, 'scripts/cli-code-cache.mjs'), join(outdir, 'tongbao.cjs')], {
  encoding: 'utf8',
  env: { ...process.env, NODE_OPTIONS: '' },
})
// 写不成（如临时目录不可写）不让安装失败：命令行照常可用，第一次运行时补写缓存。测试核对构建后确有缓存。
if (warm.status !== 0) process.stderr.write(`提示：没能写命令行的编译缓存，第一次运行时再写。\n${warm.stderr}`)
