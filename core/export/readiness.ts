// 导出与校验相接（issue #5 第 4 点）：警告照常导出；有错误时，应用里先问一句，命令行要 --force。
import type { Finding } from '../rules/types'

export interface ExportReadiness {
  errors: Finding[]
  warnings: Finding[]
  /** 有错误：应用须先请用户确认，命令行须加 --force。 */
  needsConfirmation: boolean
}

export function exportReadiness(findings: Finding[]): ExportReadiness {
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning')
  return { errors, warnings, needsConfirmation: errors.length > 0 }
}
