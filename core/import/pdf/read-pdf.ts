/**
 * 用 pdfjs-dist 读出 PDF 各页的文字块（位置、宽度、字号）。pdfjs 在用到时才加载（命令行不必为 .txt 加载它），
 * 并在当前线程解析（不另起 worker：Node、浏览器和导入用的 Web Worker 里都一样能跑）。
 * 有上限：页数、文字块数、总时长；超出即停，给出中文说明，不留半份结果。
 */
import { OpenError } from '../../project/errors'
import type { PdfPageText } from './pdf-layout'

export interface PdfLimits {
  /** 页数上限：一份通报不过几十页，上限给汇编留足余量；一万页的文件不是通报。 */
  maxPages: number
  /** 文字块总数上限（约等于行内字体切换的次数；整篇通报不过几万块） */
  maxItems: number
  /** 整个读取的时长上限（毫秒） */
  timeoutMs: number
}

export const PDF_LIMITS: PdfLimits = { maxPages: 500, maxItems: 2_000_000, timeoutMs: 60_000 }

/** pdfjs 报告的失败种类（它的异常类名）。 */
function pdfjsFailure(e: unknown): OpenError {
  if (e instanceof OpenError) return e
  const name = (e as { name?: string } | null)?.name
  if (name === 'PasswordException') return new OpenError('import.pdf-password', {}, { cause: e })
  return new OpenError('import.pdf-damaged', {}, { cause: e })
}

/** 文字块的变换矩阵 [a b c d e f]：只收横排的块（竖排、旋转的水印不是正文）。 */
function itemOf(item: { str: string; transform: number[]; width: number }): PdfPageText['items'][number] | null {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number]
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) return null
  return { str: item.str, x: e, y: f, width: item.width, size: Math.abs(d) }
}

const timeoutError = (limits: PdfLimits) =>
  new OpenError('import.pdf-timeout', { seconds: Math.max(1, Math.round(limits.timeoutMs / 1000)) })

/**
 * 载入 pdfjs。它在 Node 里初始化时找不到画布库（@napi-rs/canvas，只有渲染才用），会用 console.log 打印警告——
 * 命令行的 `inspect --json` 输出因此不再是 JSON。载入期间不让它打印；之后的警告由 getDocument 的 verbosity 关掉。
 */
async function loadPdfjs() {
  // pdfjs 在模块顶层为画布渲染建一个 DOMMatrix；Node 里它靠可选的原生库 @napi-rs/canvas 补上，库不在
  // （命令行打包到别处、别的平台）时整个模块载入失败。读文字用不到它：缺时放一个只有单位矩阵的替身。
  const g = globalThis as { DOMMatrix?: unknown }
  g.DOMMatrix ??= class IdentityMatrix {
    a = 1
    b = 0
    c = 0
    d = 1
    e = 0
    f = 0
  }
  const { log, warn } = console
  console.log = console.warn = () => {}
  try {
    return await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')])
  } finally {
    console.log = log
    console.warn = warn
  }
}

async function readPages(bytes: Uint8Array, limits: PdfLimits, onTask: (destroy: () => Promise<void>) => void): Promise<PdfPageText[]> {
  // 计时器在 pdfjs 一直占着线程（只走微任务）时轮不到，所以每页之间也看一次钟。
  const deadline = Date.now() + limits.timeoutMs
  const [pdfjs, worker] = await loadPdfjs()
  // pdfjs 见到 globalThis.pdfjsWorker 就在当前线程解析，不去找 worker 脚本的地址。
  const g = globalThis as { pdfjsWorker?: unknown }
  g.pdfjsWorker ??= worker
  const task = pdfjs.getDocument({
    // pdfjs 可能转移（清空）传入的缓冲区：给它一份副本（普通 Uint8Array，pdfjs 不收 Node 的 Buffer），调用方的字节不受影响。
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
  })
  onTask(() => task.destroy())
  const doc = await task.promise
  try {
    if (doc.numPages > limits.maxPages) {
      throw new OpenError('import.pdf-too-many-pages', { pages: doc.numPages, max: limits.maxPages })
    }
    const pages: PdfPageText[] = []
    let items = 0
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw timeoutError(limits)
      const page = await doc.getPage(n)
      const { width, height } = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const own: PdfPageText['items'] = []
      for (const it of content.items) {
        if (!('str' in it)) continue
        const item = itemOf(it)
        if (item) own.push(item)
      }
      items += own.length
      if (items > limits.maxItems) throw new OpenError('import.pdf-too-many-items')
      pages.push({ width, height, items: own })
      page.cleanup()
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

/** 读出各页的文字块；无法读取、超出上限或超时时抛出带中文说明的 OpenError。 */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfPageText[]> {
  let destroy: (() => Promise<void>) | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void destroy?.()
      reject(timeoutError(limits))
    }, limits.timeoutMs)
  })
  try {
    return await Promise.race([readPages(bytes, limits, (d) => (destroy = d)), timeout])
  } catch (e) {
    throw pdfjsFailure(e)
  } finally {
    clearTimeout(timer)
  }
}
