// 随机的问题清单（列的组合与顺序、空单元格、合并单元格、多段单元格、表格前后的段落）：
// 网页导入不抛异常、模型通过校验，按 fidelity.ts 的读法逐句一致（一字不丢、不多）。
import { describe, expect, it } from 'vitest'
import { textFidelity } from '../../core/import/fidelity'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { importNotice } from '../../core/import/index'
import { NoticeSchema } from '../../core/model/notice'
import { prng } from './support/prng'

const HEADERS = [
  '序号',
  '反馈问题',
  '整改措施',
  '整改时限',
  '责任单位',
  '整改进展',
  '完成情况',
  '备注',
  '牵头领导',
  '整改目标',
  '整改状态',
  '问题类别',
]
const CELLS = [
  '制度执行不严格',
  '审批程序不规范',
  '修订管理办法。',
  '开展专项检查，整改问题5个。',
  '2024年6月30日',
  '2024年12月底前',
  '长期坚持',
  '县财政局',
  '县委办、县政府办',
  '已完成',
  '基本完成',
  '持续推进',
  '持续推进。已完成阶段任务。',
  '2.5万元已追回。',
  '（一）建立台账。',
  '',
]

function randomTable(r: ReturnType<typeof prng>): string {
  const extra = HEADERS.filter((h) => h !== '反馈问题' && r.next() < 0.5)
  const headers = ['反馈问题', ...extra]
  for (let k = headers.length - 1; k > 0; k--) {
    const j = r.int(k + 1)
    ;[headers[k], headers[j]] = [headers[j]!, headers[k]!]
  }
  if (!headers.some((h) => h !== '反馈问题' && h !== '序号' && h !== '备注')) headers.push('整改措施')
  const rows = [`<tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr>`]
  for (let i = 0; i < 1 + r.int(5); i++) {
    let cols = 0
    const cells: string[] = []
    while (cols < headers.length) {
      const span = r.next() < 0.1 ? 2 : 1
      const rowspan = r.next() < 0.1 ? 2 : 1
      const text = r.next() < 0.2 ? `<p>${r.pick(CELLS)}</p><p>${r.pick(CELLS)}</p>` : r.pick(CELLS)
      cells.push(`<td${span > 1 ? ` colspan="${span}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${text}</td>`)
      cols += span
    }
    rows.push(`<tr>${cells.join('')}</tr>`)
  }
  return `<table>${rows.join('\n')}</table>`
}

function randomNotice(r: ReturnType<typeof prng>): string {
  const parts = ['<p>中共某县委关于市委第一轮巡察整改进展情况的通报</p>', '<p>根据市委统一部署，市委第二巡察组对某县进行了巡察。</p>']
  const aspects = 1 + r.int(3)
  for (let a = 1; a <= aspects; a++) {
    parts.push(`<p>（${['一', '二', '三'][a - 1]}）第${a}方面</p>`)
    if (r.next() < 0.3) parts.push('<p>这一方面的问题整改如下。</p>')
    parts.push(randomTable(r))
    if (r.next() < 0.3) parts.push('<p>以上问题已按期整改</p>')
  }
  parts.push('<p>下一步，某县委将持续推进整改。</p>')
  return parts.join('\n')
}

describe('随机问题清单', () => {
  it('200 份：导入成功、模型有效、保真 100%', async () => {
    const r = prng(20241123)
    for (let i = 0; i < 200; i++) {
      const html = randomNotice(r)
      const { notice } = await importNotice({ name: 'a.html', bytes: new TextEncoder().encode(html) })
      expect(NoticeSchema.safeParse(notice).success).toBe(true)
      const f = textFidelity(htmlParagraphs(html), notice)
      expect({ i, missing: f.missing, extra: f.extra }).toEqual({ i, missing: [], extra: [] })
    }
  })
})
