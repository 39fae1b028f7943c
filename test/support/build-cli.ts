// vitest 全局准备：先把命令行打成 out/cli/（约半秒），让调用 bin/tongbao.cjs 的测试跑的总是当前源码，而不是上次构建的旧产物。
import { execFileSync } from 'node:child_process'

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' })
}
