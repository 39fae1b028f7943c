// 导出与校验相接（issue #5 第 4 点）：警告照常导出；有错误时，应用里先问一句，命令行要 --force。
import type { Finding } from '../rules/types'

export interface ExportReadiness {
  errors: Finding[]
  warnings: Finding[]
  /** 有错误：应用须先请用户确认，命令行须加 --force。 */
  needsConfirmation: boolean
  /** 给用户看的一句话（应用的确认框、命令行的提示共用）。 */
  message: string | null
}

export function exportReadiness(findings: Finding[]): ExportReadiness {
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning')
  const message = errors.length
    ? `通报中还有 ${errors.length} 个错误${warnings.length ? `、${warnings.length} 个警告` : ''}。导出的文件会带着这些问题，确定仍要导出吗？`
    : warnings.length
      ? `通报中有 ${warnings.length} 个警告，已照常导出。`
      : null
  return { errors, warnings, needsConfirmation: errors.length > 0, message }
}
