#!/usr/bin/env node
// tongbao 命令行：用 tsx 直接运行 TypeScript 源码，无需预先编译。
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../electron/cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2))
