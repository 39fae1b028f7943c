// 命令行参数解析：用 Node 的 parseArgs 拆分，自己核对，错误说中文（Node 自带的报错是英文）。
import { parseArgs } from 'node:util'
import { UsageError } from './command'

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
}

type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }

/**
 * 按选项表解析 argv：不认识的选项、缺值的选项、给布尔选项带值、多余的位置参数，都抛 UsageError（中文）。
 * parseArgs 以非严格模式运行并交出词法单元，由这里逐个核对——不去翻译 Node 的英文报错。
 */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
  maxPositionals: number,
): { values: Values<O>; positionals: string[] } {
  const { tokens, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true })
  const values: Record<string, string | boolean> = {}
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = options[token.name]
    if (!spec) throw new UsageError('cli.unknown-option', { option: token.rawName })
    if (spec.type === 'string') {
      if (token.value === undefined) throw new UsageError('cli.missing-value', { option: token.rawName })
      values[token.name] = token.value
    } else {
      if (token.inlineValue) throw new UsageError('cli.unexpected-value', { option: token.rawName, value: token.value ?? '' })
      values[token.name] = true
    }
  }
  if (positionals.length > maxPositionals) throw new UsageError('cli.unexpected-argument', { value: positionals[maxPositionals]! })
  return { values: values as Values<O>, positionals }
}
