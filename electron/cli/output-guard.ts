// 输出文件的守卫：命令行从不毁掉已有的文件。
import { realpath, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError } from './command'

async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path))
}

/**
 * 写输出之前核对：输出不能是任何一个输入（连同指向它的符号链接）；已存在的文件不覆盖，除非给了 --overwrite。
 * （--force 另有含义：有错误也导出。）在读入输入之前调用，出错时什么也没写。
 */
export async function guardOutputs(outputs: string[], inputs: string[], overwrite: boolean): Promise<void> {
  const ins = new Set(await Promise.all(inputs.map(canonical)))
  for (const output of outputs) {
    const out = await canonical(output)
    if (ins.has(out)) throw new UsageError('cli.output-is-input', { name: output })
    const exists = await stat(out).then(
      () => true,
      () => false,
    )
    if (exists && !overwrite) throw new UsageError('cli.output-exists', { name: output })
  }
}
