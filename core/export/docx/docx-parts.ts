// .docx 包里的部件（包内路径 → 字节），压缩之前。
// docx 库的 Packer 只交出压好的整包，压缩用它内置的 fflate（纯 JS）。冷启动的命令行里，一份通报约 150 KB 的部件要压 50–60 ms，
// 是整次导出的一成；Node 的原生 zlib 压同样的部件不到 10 ms。为此要压缩之前的部件：Packer 的编译器给出它们，但它不在 docx 的公开 API 里。
// docx 的版本在 package.json 里锁定；单元测试核对编译器在，且它给的部件与 Packer 的整包解开后逐字节相同。编译器不在时退回解开整包：结果相同，只是慢。
import { type Document, Packer } from 'docx'

/** 包内路径 → 字节，按 docx 写出的顺序。 */
export type DocxParts = Map<string, Uint8Array>

/** 替换或添加的部件（如按字体方案写的字体表）。 */
export interface PartOverride {
  path: string
  data: string
}

export interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: PartOverride[]): Map<string, string | ArrayBufferView | ArrayBuffer>
}

/** Packer 的编译器；docx 改了内部、没有它时为 undefined。 */
export function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined
}

const utf8 = new TextEncoder()

function bytesOf(data: string | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return utf8.encode(data)
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data)
}

/** 文档树的部件，与 Packer.toArrayBuffer(document, false, overrides) 压进包里的逐字节相同。compiler 为 null：解开整包（测试用）。 */
export async function docxParts(
  document: Document,
  overrides: PartOverride[] = [],
  compiler: DocxCompiler | null = docxCompiler() ?? null,
): Promise<DocxParts> {
  if (!compiler) {
    const { unzipSync } = await import('fflate')
    return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, overrides)))))
  }
  const parts: DocxParts = new Map()
  for (const [path, data] of compiler.compile(document, undefined, overrides)) parts.set(path, bytesOf(data))
  return parts
}

/**
 * 在任何宿主上打包：fflate，与 docx 的 Packer 同样的压缩。有原生压缩的宿主（命令行）自己打包，
 * 所以 fflate 在这里按需载入：命令行导出 Word 时不为它付载入时间。
 */
export async function zipDocxParts(parts: DocxParts): Promise<Uint8Array> {
  const { zipSync } = await import('fflate')
  return zipSync(Object.fromEntries(parts))
}
