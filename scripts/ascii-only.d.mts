// scripts/ascii-only.mjs 的类型（测试从 TypeScript 引用它）。
export function asciiOnly(code: string): string
