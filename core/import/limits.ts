/**
 * 导入与打开文件的上限。每个上限有一个代码；超出时抛出 LimitError，说明写明是哪个上限、哪个文件。
 * 上限远大于任何真实的通报（最大的样例不到 100 KB、几百个条目、五层以内），只挡住损坏或恶意构造的文件：
 * 压缩炸弹、几十万层的嵌套、几十万个条目。检查都在读的过程中做（边解压边数、边扫描边数），不等读完。
 */
import type { LimitCode } from '../messages/codes'
import { OpenError } from '../project/errors'

export type { LimitCode }

export const LIMITS = {
  /** zip 包中一个部件解压后的字节数。 */
  zipEntryBytes: 64 * 1024 * 1024,
  /** zip 包全部部件解压后的字节数之和。 */
  zipTotalBytes: 160 * 1024 * 1024,
  /** 解压比（解压后 ÷ 压缩后）。Word 的 XML 一般 5–20 倍；deflate 的极限约 1032 倍。 */
  zipRatio: 200,
  /** 解压比只在部件解压超过这个大小后才检查：小部件（空白的 XML 模板）压缩比高也无害。 */
  zipRatioFloor: 4 * 1024 * 1024,
  /** zip 包中的部件个数（Word 文件一般二三十个）。 */
  zipEntries: 10_000,
  /** XML / HTML 元素的嵌套层数（Word 文件一般 30 层以内，网页 50 层以内）。 */
  markupDepth: 256,
  /** 工程文件 JSON 的嵌套层数：条目每深一层多两层，256 层容得下一百多层条目。 */
  jsonDepth: 256,
  /** 一份通报的条目个数。 */
  items: 100_000,
  /** 解码后的文字（含网页标记）字符数：52 万字的通报之外留足余量。 */
  characters: 16_000_000,
} as const

export type LimitValues = Record<string, string | number>

/** 超出上限。`code` 说明是哪个上限（中文见 core/messages/zh.ts）；文件名在知道时填入（importNotice 会补上）。 */
export class LimitError extends OpenError {
  declare readonly code: LimitCode
  constructor(
    code: LimitCode,
    readonly values: LimitValues,
    readonly file: string | null = null,
  ) {
    super(code, { ...values, file: file ?? '所选文件' })
    this.name = 'LimitError'
  }

  /** 同一个上限，说明里换上文件名。 */
  inFile(file: string): LimitError {
    return this.file === null ? new LimitError(this.code, this.values, file) : this
  }
}

export function isLimitError(e: unknown): e is LimitError {
  return e instanceof LimitError
}

/** 字节数写成“64 MB”。 */
export function megabytes(n: number): string {
  return `${Math.round(n / 1048576)} MB`
}

/** 文字过长时拒绝（先于任何按字处理的步骤）。 */
export function checkCharacters(length: number): void {
  if (length > LIMITS.characters) throw new LimitError('limit.too-many-characters', { limit: LIMITS.characters.toLocaleString('en-US') })
}

/**
 * 边读边数 XML 元素的嵌套层数，超过上限即停：一个按字节走的状态机，可一块一块地喂（解压出多少喂多少），
 * 内存不随嵌套增长。只认 `<`、`>`、`/`、`?`、`!` 与引号，它们在 UTF-8 里不会出现在多字节字符中间。
 */
export class XmlDepthScanner {
  private depth = 0
  private state: 'text' | 'open' | 'tag' | 'close' | 'skip' = 'text'
  private quote = 0
  private last = 0
  /** `<!--` 注释与 `<![CDATA[` 要找到 `-->`、`]]>` 才结束；其余 `<!…>`、`<?…?>` 到 `>` 结束。 */
  private skipEnd: 0 | 0x2d | 0x5d = 0
  private run = 0
  private head = ''

  constructor(
    private readonly what: string,
    private readonly limit: number = LIMITS.markupDepth,
  ) {}

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      switch (this.state) {
        case 'text':
          if (c === 0x3c) this.state = 'open'
          break
        case 'open':
          if (c === 0x2f) this.state = 'close'
          else if (c === 0x3f || c === 0x21) {
            this.state = 'skip'
            this.head = ''
            this.skipEnd = 0
            this.run = 0
          } else {
            this.state = 'tag'
            this.last = c
          }
          break
        case 'tag':
          if (this.quote) {
            if (c === this.quote) this.quote = 0
          } else if (c === 0x22 || c === 0x27) this.quote = c
          else if (c === 0x3e) {
            if (this.last !== 0x2f && ++this.depth > this.limit) {
              throw new LimitError('limit.nesting-too-deep', { what: this.what, limit: this.limit })
            }
            this.state = 'text'
          } else if (c > 0x20) this.last = c
          break
        case 'close':
          if (c === 0x3e) {
            this.depth = Math.max(0, this.depth - 1)
            this.state = 'text'
          }
          break
        case 'skip':
          this.skipByte(c)
          break
      }
    }
  }

  private skipByte(c: number): void {
    if (this.head.length < 8 && this.skipEnd === 0) {
      this.head += String.fromCharCode(c)
      if (this.head === '--') this.skipEnd = 0x2d
      else if (this.head === '[CDATA[') this.skipEnd = 0x5d
    }
    if (c === 0x3e && (this.skipEnd === 0 || this.run >= 2)) {
      this.state = 'text'
      return
    }
    this.run = this.skipEnd !== 0 && c === this.skipEnd ? this.run + 1 : 0
  }
}

/** JSON 的嵌套层数（字符串里的括号不算），超过上限即停；在 JSON.parse 和逐层递归的校验之前做。 */
export function checkJsonDepth(text: string, limit: number = LIMITS.jsonDepth): void {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) throw new LimitError('limit.nesting-too-deep', { what: '工程文件中条目与字段', limit })
    } else if (c === 0x7d || c === 0x5d) depth--
  }
}

/** 数工程文件里的条目（各部分的 items 与各条目的 children），超过上限即停；不递归，也不信任数据的形状。 */
export function checkItemCount(notice: unknown, limit: number = LIMITS.items): void {
  const pending: unknown[] = []
  const sections = notice !== null && typeof notice === 'object' ? (notice as Record<string, unknown>) : {}
  for (const key of ['organization', 'rectification', 'nextSteps']) {
    const items = (sections[key] as { items?: unknown } | null | undefined)?.items
    if (Array.isArray(items)) for (const item of items) pending.push(item)
  }
  let count = 0
  while (pending.length) {
    const item = pending.pop()
    if (++count > limit) throw new LimitError('limit.too-many-items', { limit: limit.toLocaleString('en-US') })
    const children = item !== null && typeof item === 'object' ? (item as { children?: unknown }).children : undefined
    if (Array.isArray(children)) for (const c of children) pending.push(c)
  }
}
