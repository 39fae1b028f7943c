import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // 调用 bin/tongbao.cjs 的测试跑打好的命令行（发布出去的就是它）：先按当前源码重打一次。
    globalSetup: ['test/support/build-cli.ts'],
  },
})
