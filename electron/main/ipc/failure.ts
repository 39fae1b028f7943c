// 异常 → 桥上的失败值。
import type { Failure } from '../../../core/bridge/host'
import type { MessageCode } from '../../../core/messages/codes'
import { TongbaoError } from '../../../core/messages/tongbao-error'

export const fail = (code: MessageCode, params?: Failure['params']): Failure => (params ? { ok: false, code, params } : { ok: false, code })

/**
 * 带编号的错误原样变成失败值；意外的错误（程序缺陷、未映射的系统调用失败）在主进程记下原文，
 * 交给页面的只是“程序内部出错”的编号。按类型分辨，从不看错误文字。
 */
export function failureOf(channel: string, error: unknown): Failure {
  if (error instanceof TongbaoError) return fail(error.code, error.params)
  console.error(`[tongbao] ${channel} failed:`, error)
  return fail('host.internal')
}
