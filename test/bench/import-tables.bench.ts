// 基准：导入带问题清单表格的网页（500 行，每行 6 列、措施格两段），进程内计时。tablePage 也是恶意输入测试的正面对照。
import { importNotice } from '../../core/import/index'
import { type BenchRow, measure } from './harness'

export function tablePage(rows: number): Uint8Array {
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>第${i + 1}个反馈问题整改不到位</td><td><p>制定整改方案，明确责任分工。</p><p>建立长效机制${i}项。</p></td><td>2024年6月30日</td><td>县有关部门</td><td>已完成</td></tr>`,
  ).join('')
  return new TextEncoder().encode(
    `<p>中共某县委关于市委第一轮巡察整改进展情况的通报</p><p>根据市委统一部署，市委第二巡察组对某县进行了巡察。</p>` +
      `<table><tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>整改时限</th><th>责任单位</th><th>整改进展</th></tr>${body}</table>` +
      `<p>下一步，某县委将持续推进整改。</p>`,
  )
}

export async function run(): Promise<BenchRow[]> {
  const bytes = tablePage(500)
  const page = await measure(
    async () => {
      const { notice } = await importNotice({ name: 'table.html', bytes })
      if (notice.rectification.items.length !== 500) throw new Error('问题清单没有读成 500 个问题')
    },
    15,
    3,
  )
  return [{ name: `import 问题清单网页（500 行，${(bytes.length / 1024).toFixed(0)} KB）`, ...page, targetMs: 100 }]
}
