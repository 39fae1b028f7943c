// 整改台账的导入与导出：openpyxl 和 LibreOffice 写的台账读成期望的条目树；导出再导入得到同一棵树；
// 导出的台账 LibreOffice 能打开，单元格与通报一致。夹具都由外部程序写出。
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportLedger, ledgerTable } from '../../core/ledger/export-ledger'
import { defaultMapping, importLedger, ledgerNotice, readLedgerFile } from '../../core/ledger/import-ledger'
import { progress } from '../../core/derive/progress'
import { libreofficeLedger, node, openpyxlLedger, shape, sofficeConvert, tempDir } from './support/fixtures'

const TODAY = '2024-10-08'
let dir: string
let openpyxl: Uint8Array
let libreoffice: Uint8Array

beforeAll(async () => {
  dir = tempDir('ledger')
  ;[openpyxl, libreoffice] = await Promise.all([openpyxlLedger(dir), libreofficeLedger(dir)])
}, 180_000)

const load = (bytes: Uint8Array, name: string) => {
  const workbook = readLedgerFile({ name, bytes })
  const mapping = defaultMapping(workbook)
  if (!mapping) throw new Error('no header found')
  return { workbook, mapping, imported: importLedger(workbook, mapping, name, TODAY) }
}

/** LibreOffice 的 .csv（文字格带引号）→ 每行各格去掉引号后以逗号连接，便于整行比对。 */
function csvLines(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .slice(0, -1)
        .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        .join(','),
    )
}

const measure = (text: string[], status: string, deadline: string, responsible: string, leader: string | null) =>
  node('measure', text[0]!, { body: text.slice(1), status: status as never, deadline, responsible, leader })

describe('openpyxl 写的台账（两行表头、合并的类别与问题格、日期序号）', () => {
  it('选中有表头的工作表，认出两行表头的各列', () => {
    const { mapping, workbook } = load(openpyxl, 'openpyxl-ledger.xlsx')
    expect(workbook.sheets.map((s) => s.name)).toEqual(['说明', '整改台账'])
    expect(mapping).toMatchObject({ sheet: 1, headerTop: 1, headerBottom: 2 })
    expect(mapping.fields).toEqual(['number', 'category', 'problem', 'measure', 'leader', 'responsible', 'deadline', 'progress', 'closed'])
  })

  it('读成 方面 → 问题 → 措施，字段齐全，问题状态由措施合成', () => {
    const { imported } = load(openpyxl, 'openpyxl-ledger.xlsx')
    expect(shape(imported.items)).toEqual([
      node('aspect', '党的政治建设方面', {
        children: [
          node('problem', '学习贯彻上级决策部署不够深入', {
            status: '持续推进',
            deadline: '2024-07-31',
            responsible: '县委办，县委督查室',
            leader: '王明',
            children: [
              measure(['制定理论学习中心组年度学习计划'], '已完成', '2024-06-30', '县委办', '王明'),
              measure(['建立督查台账，按月通报落实情况'], '持续推进', '2024-07-31', '县委督查室', '王明'),
            ],
          }),
          node('problem', '意识形态工作责任制落实不到位', {
            status: '已完成',
            deadline: '2024-05-31',
            responsible: '县委宣传部',
            leader: '李华',
            children: [measure(['开展意识形态工作专项检查'], '已完成', '2024-05-31', '县委宣传部', '李华')],
          }),
        ],
      }),
      node('aspect', '全面从严治党方面', {
        children: [
          node('problem', '基层监督存在薄弱环节', {
            status: '基本完成',
            deadline: '2024-09-30',
            responsible: '县纪委县监委',
            leader: '赵强',
            children: [measure(['整合监督力量，开展交叉检查'], '基本完成', '2024-09-30', '县纪委县监委', '赵强')],
          }),
          node('problem', '违反中央八项规定精神问题时有发生', {
            status: '持续推进',
            deadline: '2024-12-31',
            responsible: '县纪委县监委',
            leader: '赵强',
            children: [measure(['开展作风建设专项整治'], '持续推进', '2024-12-31', '县纪委县监委', '赵强')],
          }),
        ],
      }),
    ])
    expect(imported.kind).toBe('巡察')
    expect(imported.link).toEqual({
      file: 'openpyxl-ledger.xlsx',
      sheet: '整改台账',
      importedOn: TODAY,
      aspects: 2,
      problems: 4,
      measures: 5,
      done: 1,
      basicallyDone: 1,
      ongoing: 2,
    })
  })

  it('作为新通报：台账的状态是确认过的，进度统计计入', () => {
    const notice = ledgerNotice(load(openpyxl, 'openpyxl-ledger.xlsx').imported)
    expect(notice.meta.kind).toBe('巡察')
    expect(JSON.stringify(notice)).not.toContain('statusPending')
    expect(progress(notice)).toMatchObject({ aspects: 2, problems: 4, done: 1, measures: 5 })
    expect(notice.ledger?.problems).toBe(4)
  })
})

describe('LibreOffice 由 .csv 转成的台账（表头在第三行、方面单独成行、文字日期）', () => {
  it('读成期望的树：单独成行的方面、续行的措施、“已完成。……”的进展、格内分段', () => {
    const { imported, mapping } = load(libreoffice, 'lo-ledger.xlsx')
    expect(mapping).toMatchObject({ headerTop: 2, headerBottom: 2 })
    expect(shape(imported.items)).toEqual([
      node('aspect', '党的政治建设方面', {
        children: [
          node('problem', '学习贯彻上级决策部署不够深入', {
            status: '持续推进',
            deadline: '2024-07-31',
            responsible: '县委办，县委督查室',
            children: [
              measure(
                ['制定理论学习中心组年度学习计划', '整改进展/完成情况：已完成。已印发学习计划'],
                '已完成',
                '2024-06-30',
                '县委办',
                null,
              ),
              measure(['建立督查台账，按月通报落实情况'], '持续推进', '2024-07-31', '县委督查室', null),
            ],
          }),
          node('problem', '意识形态工作责任制落实不到位', {
            status: '已完成',
            deadline: '2024-05-31',
            responsible: '县委宣传部',
            children: [measure(['开展意识形态工作专项检查', '形成检查报告'], '已完成', '2024-05-31', '县委宣传部', null)],
          }),
        ],
      }),
      node('aspect', '全面从严治党方面', {
        children: [
          node('problem', '基层监督存在薄弱环节', {
            status: '基本完成',
            deadline: '2024-09-30',
            responsible: '县纪委县监委',
            children: [measure(['整合监督力量，开展交叉检查'], '基本完成', '2024-09-30', '县纪委县监委', null)],
          }),
        ],
      }),
    ])
  })
})

describe('导出台账', () => {
  it('导出再导入得到同一棵树（两份夹具各一次）', () => {
    for (const [bytes, name] of [
      [openpyxl, 'openpyxl-ledger.xlsx'],
      [libreoffice, 'lo-ledger.xlsx'],
    ] as const) {
      const notice = ledgerNotice(load(bytes, name).imported)
      const again = load(exportLedger(notice), 'exported.xlsx').imported
      expect(shape(again.items)).toEqual(shape(notice.rectification.items))
    }
  })

  it('LibreOffice 打开导出的台账：转成 .csv 后各格与通报一致（序号照通报，状态为文字，日期可读）', async () => {
    const notice = ledgerNotice(load(openpyxl, 'openpyxl-ledger.xlsx').imported)
    const xlsx = join(dir, 'exported.xlsx')
    writeFileSync(xlsx, exportLedger(notice))
    await sofficeConvert([xlsx], 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir)
    const csv = csvLines(readFileSync(join(dir, 'exported.csv'), 'utf8'))
    expect(csv[0]).toMatch(/巡察反馈问题整改台账,*$/)
    expect(csv[1]).toBe('序号,方面/问题类别,问题（具体表现）,整改措施,责任领导,责任单位/责任人,整改时限,整改进展/完成情况,是否销号')
    expect(csv.slice(2)).toEqual([
      '（一）,一、党的政治建设方面,学习贯彻上级决策部署不够深入,制定理论学习中心组年度学习计划,王明,县委办,2024年6月30日,已完成,是',
      ',,,建立督查台账，按月通报落实情况,王明,县委督查室,2024年7月31日,持续推进,否',
      '（二）,一、党的政治建设方面,意识形态工作责任制落实不到位,开展意识形态工作专项检查,李华,县委宣传部,2024年5月31日,已完成,是',
      '（一）,二、全面从严治党方面,基层监督存在薄弱环节,整合监督力量，开展交叉检查,赵强,县纪委县监委,2024年9月30日,基本完成,否',
      '（二）,二、全面从严治党方面,违反中央八项规定精神问题时有发生,开展作风建设专项整治,赵强,县纪委县监委,2024年12月31日,持续推进,否',
    ])
    // 序号照通报（core/document 的推导）：逐条整改部分有了标题，方面就成了二级、问题成了三级
    notice.rectification.heading = '整改落实情况'
    expect(
      ledgerTable(notice)
        .rows.map((r) => `${r[0] ?? ''}${r[1] ?? ''}`)
        .filter(Boolean),
    ).toEqual(['1.（一）党的政治建设方面', '2.（一）党的政治建设方面', '1.（二）全面从严治党方面', '2.（二）全面从严治党方面'])
  }, 120_000)
})
