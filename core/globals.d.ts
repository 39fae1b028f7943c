/**
 * core 不依赖 DOM 或 Node 的类型，只用两者共有的少数 Web 标准全局对象。
 * 这里声明其最小接口，使 core 在任何运行时都能编译通过。
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array | ArrayBuffer): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare var crypto: { randomUUID(): string; getRandomValues<T extends Uint8Array>(array: T): T }
/** 计时器：两种运行时都有（PDF 导入的时间上限用）。 */
declare function setTimeout(handler: () => void, ms?: number): unknown
declare function clearTimeout(id: unknown): void
/** 控制台：两种运行时都有（PDF 导入载入 pdfjs 时暂时让它不打印）。 */
declare var console: { log(...data: unknown[]): void; warn(...data: unknown[]): void }
