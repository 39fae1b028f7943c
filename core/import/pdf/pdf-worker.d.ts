// pdfjs-dist 的 worker 模块没有类型声明；core 只把它挂到 globalThis.pdfjsWorker，让 pdfjs 在当前线程解析。
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
