// 命令行参数解析：用 Node 的 parseArgs 拆分，自己核对，错误说中文（Node 自带的报错是英文）。
import { parseArgs } from 'node:util'
import { UsageError } from './command'

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
}

export type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }

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

/** 写一个输出文件的命令都有的两个选项。 */
const OUTPUT_OPTIONS = { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } } as const satisfies Record<
  string,
  OptionSpec
>

/**
 * 读若干输入、写一个输出文件的命令共用的开头：选项表加上 -o/--output 与 --overwrite；位置参数依次是 inputs
 * 所说的各个输入（缺哪个就说缺哪个），没有 -o 时给出 outputExample 作示例。写之前的 guardOutputs 由命令自己调用
 * （有的命令先核对别的参数，有的只在真要写时才核对）。
 */
export function parseOutputCommandArgs<O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
  inputs: readonly string[],
  outputExample: string,
): { values: Values<typeof OUTPUT_OPTIONS & O>; inputs: string[]; output: string; overwrite: boolean } {
  const { values, positionals } = parseCommandArgs(argv, { ...OUTPUT_OPTIONS, ...options }, inputs.length)
  inputs.forEach((what, i) => {
    if (!positionals[i]) throw new UsageError('cli.need-input', { what })
  })
  // 命令自己的选项表是泛型，编译器推不出这两项的类型；它们的类型由 OUTPUT_OPTIONS 定下。
  const output = values.output as string | undefined
  if (!output) throw new UsageError('cli.need-output', { example: outputExample })
  return { values, inputs: positionals.slice(0, inputs.length), output, overwrite: (values.overwrite as boolean | undefined) ?? false }
}
