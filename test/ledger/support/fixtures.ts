// 台账测试的夹具：由 openpyxl（Debian python3-openpyxl）和 LibreOffice（从 .csv 转换）写出，不用本程序的写出器。
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Item } from '../../../core/model/item'
import { RichText } from '../../../core/model/rich-text'

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tongbao-${prefix}-`))
}

/** openpyxl 写的台账：标题行、两行表头、合并的类别与问题格、日期序号。 */
export async function openpyxlLedger(dir: string): Promise<Uint8Array> {
  const out = join(dir, 'openpyxl-ledger.xlsx')
  await run('/usr/bin/python3', [join(here, 'make_ledger.py'), out])
  return readFileSync(out)
}

/** LibreOffice 由 .csv 转成的台账：表头在第三行，方面单独成行，文字日期与 LibreOffice 自己认出的日期。 */
export const LIBREOFFICE_CSV = [
  '某某区委巡察整改落实情况台账,,,,,,',
  ',,,,,,',
  '序号,问题,整改措施,责任单位/责任人,整改时限,整改进展/完成情况,是否销号',
  '一、党的政治建设方面,,,,,,',
  '1,学习贯彻上级决策部署不够深入,制定理论学习中心组年度学习计划,县委办,2024-06-30,已完成。已印发学习计划,是',
  ',,建立督查台账，按月通报落实情况,县委督查室,2024年7月底,正在推进,否',
  '2,意识形态工作责任制落实不到位,"开展意识形态工作专项检查',
  '形成检查报告",县委宣传部,2024-05-31,已销号,是',
  '二、全面从严治党方面,,,,,,',
  '3,基层监督存在薄弱环节,整合监督力量，开展交叉检查,县纪委县监委,2024年9月30日,基本完成,否',
].join('\r\n')

/** 用 LibreOffice 转换一批文件（一次调用）；filter 如 'xlsx' 或 csv 的 UTF-8 过滤器。 */
export async function sofficeConvert(files: string[], filter: string, outDir: string, infilter?: string): Promise<void> {
  const args = [
    '--headless',
    '--norestore',
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    filter,
    '--outdir',
    outDir,
    ...files,
  ]
  await run('soffice', args, { timeout: 120_000, env: { ...process.env, HOME: outDir } })
}

export async function libreofficeLedger(dir: string): Promise<Uint8Array> {
  const csv = join(dir, 'lo-ledger.csv')
  writeFileSync(csv, LIBREOFFICE_CSV)
  await sofficeConvert([csv], 'xlsx', dir, 'CSV:44,34,76,1')
  return readFileSync(join(dir, 'lo-ledger.xlsx'))
}

/** 比对用的条目形状：去掉 id，只留树与字段。 */
export interface Shape {
  role: Item['role']
  title: string
  body: string[]
  status: Item['status']
  deadline: string | null
  responsible: string | null
  leader: string | null
  children: Shape[]
}

export function shape(items: Item[]): Shape[] {
  return items.map((i) => ({
    role: i.role,
    title: i.title,
    body: RichText.texts(i.body),
    status: i.status,
    deadline: i.deadline,
    responsible: i.responsible,
    leader: i.leader ?? null,
    children: shape(i.children),
  }))
}

/** 期望的条目：写起来短一些。 */
export function node(role: Item['role'], title: string, fields: Partial<Omit<Shape, 'role' | 'title'>> = {}): Shape {
  return { role, title, body: [], status: null, deadline: null, responsible: null, leader: null, children: [], ...fields }
}
