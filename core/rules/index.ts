// 校验的公共接口：编辑器和命令行都从这里取用。
export { applyFix, applyFixes } from './apply-fix'
export { hasErrors, type ValidateOptions } from './engine'
export { fixAll } from './fix-all'
export { createValidator, type Validator } from './incremental'
export { NOTICE_RULES, RULE_GROUPS, RULES, TEXT_RULES } from './registry'
export { validate } from './validate'
export * from './types'
