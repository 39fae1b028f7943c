// tongbao export：导出 Word（GB/T 9704）、PDF、OFD（GB/T 33190）、网页与整改台账；校验有错误时拒绝，除非 --force。--out-dir 时一次导出多份。
import { basename, extname, join, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { noticeTitle } from '../../../core/derive/title'
import { exportHtmlFragment, exportHtmlPage } from '../../../core/export/html/index'
import { printHtml } from '../../../core/layout/print-html'
import type { DocxOptions } from '../../../core/export/options'
import type { EmbeddedFont, OfdOptions } from '../../../core/export/ofd/index'
import type { FontRole } from '../../../core/spec/font-profiles'
import { exportReadiness } from '../../../core/export/readiness'
import { IsoDateSchema } from '../../../core/model/dates'
import { pathToPointer } from '../../../core/model/item'
import { FONT_PROFILE_NAMES, isFontProfileName } from '../../../core/spec/font-profiles'
import { type Finding, SEVERITY_LABEL, validate } from '../../../core/rules/index'
import type { ImportResult } from '../../../core/import/import-result'
import { addVersion, nextVersionName, versionByName, versionOfNotice } from '../../../core/project/versions'
import { writeFileAtomic } from '../../files/atomic-write'
import { syncAtomicFs } from '../../files/sync-atomic-fs'
import { saveProject } from '../../files/project-store'
import { FileError } from '../../files/file-error'
import { type FileOutcome, forEachFile, summaryTable, worstCode } from '../batch'
import { type CliIo, type Command, UsageError } from '../command'
import { zipParts } from '../zip-parts'
import { loadInput } from '../load-input'
import { guardOutputs } from '../output-guard'
import { parseCommandArgs } from '../parse-args'

const USAGE =
  'tongbao export <file> [--docx out.docx] [--pdf out.pdf] [--ofd out.ofd [--ofd-font 仿宋=字体.ttf,…]] [--html out.html] [--fragment out.fragment.html] [--ledger 台账.xlsx] ' +
  '[--profile gb2312|gbk|windows] [--redhead [--doc-number 青委〔2024〕5号] [--org-mark 中共青山县委] [--signer 王明]] ' +
  '[--banji [--cc 甲,乙] [--printer 中共青山县委办公室]] [--unsealed] [--plain-level3] [--force] [--overwrite]\n' +
  '      tongbao export <工程.tongbao> --docx 送审稿.docx --track-changes-from <版本名|文件>（送审稿：相对该版本的改动标为修订）\n' +
  '      tongbao export <file>… --out-dir DIR [--format docx,ofd,html,fragment]（默认 docx）[其余选项同上]'

/** 批量导出时每种格式的文件名后缀：原文件名去掉扩展名再加上它。 */
const FORMAT_SUFFIX = { docx: '.docx', pdf: '.pdf', ofd: '.ofd', html: '.html', fragment: '.fragment.html', ledger: '.台账.xlsx' } as const
type Format = keyof typeof FORMAT_SUFFIX
/** 批量导出可选的格式：PDF 每份要起一次 Chromium，只用于单份导出（--pdf）。 */
const isFormat = (f: string): f is Format => Object.hasOwn(FORMAT_SUFFIX, f) && f !== 'pdf'

/** 生成 PDF 失败（没有 Chromium 等）：消息已是给用户的中文。 */
class PdfError extends Error {}

interface Target {
  format: Format
  path: string
}

function printFindings(findings: Finding[], io: CliIo): void {
  for (const f of findings) io.err(`${SEVERITY_LABEL[f.severity]} ${f.rule} ${pathToPointer(f.location.path)}：${f.message}`)
}

/** 批量导出的输出路径：DIR/原名.后缀；两份输入落到同一个输出、或输出就是某份输入时拒绝，什么都不写。 */
function batchTargets(files: readonly string[], outDir: string, formats: readonly Format[]): Map<string, Target[]> {
  const plan = new Map<string, Target[]>()
  const claimed = new Map<string, string>()
  const inputs = new Set(files.map((f) => resolve(f)))
  for (const file of files) {
    const stem = basename(file, extname(file))
    const targets = formats.map((format) => ({ format, path: join(outDir, stem + FORMAT_SUFFIX[format]) }))
    for (const t of targets) {
      const key = resolve(t.path)
      if (inputs.has(key)) throw new UsageError('cli.output-is-input', { name: t.path })
      const other = claimed.get(key)
      if (other !== undefined) throw new UsageError('cli.batch-collision', { first: other, second: file, name: t.path })
      claimed.set(key, file)
    }
    plan.set(file, targets)
  }
  return plan
}

interface ExportSettings {
  options: DocxOptions
  /** 要嵌入 OFD 的字体文件（--ofd-font），已读入 */
  ofdFonts: OfdOptions['embedFonts']
  force: boolean
  /** 送审稿：修订所对照的版本名或文件（--track-changes-from） */
  trackChangesFrom?: string
  /** 批量时不逐条列出错误（汇总表给出个数），只说这一份为何没导出 */
  batch: boolean
}

/** 导出一份：校验、按需导出各目标。返回这一份的结果；写入失败记为 2。 */
async function exportFile(
  file: string,
  targets: readonly Target[],
  { options, ofdFonts, force, batch, trackChangesFrom }: ExportSettings,
  io: CliIo,
): Promise<FileOutcome> {
  const label = batch ? `${file}：` : ''
  const input = await loadInput(file)
  const { notice } = input
  // 导出与校验相接：警告照常导出，错误须 --force（issue #5 第 4 点）。
  // 台账是办公室内部的工作表，不是要公布的文本：只导出台账时不经校验（与界面上的“导出台账”一致）。
  const publishing = targets.some((t) => t.format !== 'ledger')
  let findings: Finding[]
  try {
    findings = publishing ? validate(notice) : []
  } catch {
    // 校验本身出错时无从判断有无错误：与“有错误”同样处理，--force 才导出。
    if (!force) {
      io.err(`${label}未导出：校验没能完成，无法确认通报中有没有错误。可加 --force 不经校验导出。`)
      return { file, code: 1, errors: 0, warnings: 0, result: '未导出：校验没能完成' }
    }
    io.err(`${label}注意：校验没能完成，已按 --force 导出。`)
    findings = []
  }
  const { errors, warnings, needsConfirmation } = exportReadiness(findings)
  const counts = { errors: errors.length, warnings: warnings.length }
  if (needsConfirmation && !force) {
    if (!batch) printFindings(errors, io)
    io.err(`${label}未导出：有 ${errors.length} 个错误。请先修正，或加 --force 仍然导出。`)
    return { file, code: 1, ...counts, result: '未导出：有错误' }
  }
  if (!batch) {
    if (errors.length) io.err(`注意：有 ${errors.length} 个错误，已按 --force 导出。`)
    if (warnings.length) io.err(`提示：有 ${warnings.length} 个警告，可用 tongbao validate 查看。`)
  }

  const make: Record<Format, () => Promise<Uint8Array | string>> = {
    // docx 库只在要 Word 时载入：只导网页的调用不为它付启动时间。
    // 部件交给 Node 的原生 zlib 打包（zip-parts.ts）：比 docx 自带的纯 JS 压缩快得多。
    docx: async () =>
      trackChangesFrom === undefined
        ? zipParts(await (await import('../../../core/export/docx/index')).exportDocxParts(notice, options))
        : reviewDocx(file, input, trackChangesFrom, options, io),
    // PDF：与 Word 同一份版式（core/layout），由无头 Chromium 打印（electron/cli/print-pdf.ts）。
    pdf: async () => {
      const { layoutNotice } = await import('../../../core/layout/index')
      // 打印要起子进程：child_process 只在要 PDF 时载入。
      const { printPdf } = await import('../print-pdf')
      const printed = await printPdf(printHtml(layoutNotice(notice, options), noticeTitle(notice)))
      if (printed.kind === 'failed') throw new PdfError(printed.message)
      return printed.bytes
    },
    // OFD：同一份版式逐字写位置（core/export/ofd），纯计算，不要 Chromium；与 Word 一样由 Node 的 zlib 打包。
    ofd: async () => {
      const { exportOfdFiles, OFD_MODIFIED, ofdParts } = await import('../../../core/export/ofd/index')
      return zipParts(ofdParts(exportOfdFiles(notice, { ...options, embedFonts: ofdFonts })), new Date(OFD_MODIFIED))
    },
    html: async () => exportHtmlPage(notice),
    fragment: async () => exportHtmlFragment(notice),
    // 台账的写出器同样按需载入
    ledger: async () => (await import('../../../core/ledger/export-ledger')).exportLedger(notice),
  }
  for (const { format, path } of targets) {
    let data: Uint8Array | string
    try {
      data = await make[format]()
    } catch (e) {
      if (!(e instanceof PdfError)) throw e
      io.err(`${label}${e.message}`)
      return { file, code: 2, ...counts, result: '未导出：无法生成 PDF' }
    }
    try {
      // 同步写（sync-atomic-fs.ts）：不让出事件循环，V8 不在写入中途跑对即将退出的进程无用的回收。
      await writeFileAtomic(path, data, { fs: syncAtomicFs })
    } catch (e) {
      const why = FileError.from('write', e, path).message
      io.err(`错误：${why}`)
      return { file, code: 2, ...counts, result: `未导出：${why}` }
    }
    io.err(`已导出：${path}`)
  }
  return { file, code: 0, ...counts, result: errors.length ? '已导出（按 --force）' : '已导出' }
}

/**
 * 送审稿：修订对照 from（工程里的版本名，或另一个文件）。.docx 里要记下当前文字与对照文字各是工程里的哪个版本
 * （见 core/export/docx/review-docx.ts 的约定），没有的先自动存为版本，工程文件随之原子写回（留 .bak）。
 */
async function reviewDocx(file: string, input: ImportResult, from: string, options: DocxOptions, io: CliIo): Promise<Uint8Array> {
  const { notice } = input
  let project = input.project!
  let base = versionByName(project, from)
  if (!base) {
    if (!existsSync(from))
      throw new UsageError('cli.no-such-version', { name: from, names: project.versions.map((v) => v.name).join('、') || '（无）' })
    const other = (await loadInput(from)).notice
    ;({ project, version: base } = addVersion(project, other, `对照：${basename(from)}`, { auto: true }))
    io.err(`已把 ${from} 存为工程中的版本“${base.name}”（修订对照它）。`)
  }
  let current = versionOfNotice(project, notice)
  if (!current) {
    ;({ project, version: current } = addVersion(project, notice, nextVersionName(project, '送审稿'), { auto: true }))
    io.err(`当前内容已存为工程中的版本“${current.name}”（审阅后合并回来时用）。`)
  }
  if (project !== input.project) await saveProject(file, notice, project)
  const { documentAuthor } = await import('../../../core/export/docx/build-document')
  const { exportReviewDocx } = await import('../../../core/export/docx/review-docx')
  return exportReviewDocx(base.notice, notice, {
    ...options,
    author: documentAuthor(notice),
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ids: { documentId: project.documentId, versionId: current.id, baseVersionId: base.id },
  })
}

/** 字体角色的中文名（--ofd-font 用），与字体方案的角色一一对应。 */
const ROLE_NAMES: Record<string, FontRole> = { 仿宋: 'fangsong', 小标宋: 'xiaobiaosong', 黑体: 'heiti', 楷体: 'kaiti', 宋体: 'songti' }

/** 角色：中文名（仿宋）或英文名（fangsong）。 */
const roleOf = (name: string): FontRole | undefined => ROLE_NAMES[name] ?? Object.values(ROLE_NAMES).find((r) => r === name)

/** --ofd-font 仿宋=a.ttf,小标宋=b.ttf：读入要嵌入 OFD 的字体文件（按角色）。 */
async function readOfdFonts(spec: string): Promise<Partial<Record<FontRole, EmbeddedFont>>> {
  const out: Partial<Record<FontRole, EmbeddedFont>> = {}
  for (const part of spec
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=(.+)$/.exec(part)
    const role = m ? roleOf(m[1]!.trim()) : undefined
    if (!m || !role) throw new UsageError('cli.bad-ofd-font', { roles: Object.keys(ROLE_NAMES).join('、'), value: part })
    const path = m[2]!.trim()
    try {
      out[role] = { fileName: basename(path), bytes: new Uint8Array(await readFile(path)) }
    } catch {
      throw new UsageError('cli.ofd-font-unreadable', { name: path })
    }
  }
  return out
}

export const exportCommand: Command = {
  name: 'export',
  summary: '导出 Word（GB/T 9704 版式）、PDF、OFD（GB/T 33190）、网页与整改台账（.xlsx）；有错误级问题时需 --force',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        docx: { type: 'string' },
        pdf: { type: 'string' },
        ofd: { type: 'string' },
        'ofd-font': { type: 'string' },
        html: { type: 'string' },
        fragment: { type: 'string' },
        ledger: { type: 'string' },
        profile: { type: 'string' },
        redhead: { type: 'boolean' },
        'no-redhead': { type: 'boolean' },
        'no-banji': { type: 'boolean' },
        'org-mark': { type: 'string' },
        'doc-number': { type: 'string' },
        signer: { type: 'string' },
        banji: { type: 'boolean' },
        cc: { type: 'string' },
        printer: { type: 'string' },
        'print-date': { type: 'string' },
        unsealed: { type: 'boolean' },
        'plain-level3': { type: 'boolean' },
        force: { type: 'boolean' },
        overwrite: { type: 'boolean' },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
        'track-changes-from': { type: 'string' },
      },
      Infinity,
    )
    const files = positionals
    if (!files.length) throw new UsageError('cli.need-input', { what: '要导出的文件' })
    const outputs = [values.docx, values.pdf, values.ofd, values.html, values.fragment, values.ledger].filter((p): p is string => !!p)
    const outDir = values['out-dir']
    if (outDir === undefined) {
      if (files.length > 1) throw new UsageError('cli.batch-needs-out-dir')
      if (!outputs.length) throw new UsageError('cli.need-export-output')
      if (values.format) throw new UsageError('cli.format-needs-out-dir')
    } else if (outputs.length) {
      throw new UsageError('cli.out-dir-with-outputs')
    }
    if (values.profile !== undefined && !isFontProfileName(values.profile)) {
      throw new UsageError('cli.bad-profile', { profiles: FONT_PROFILE_NAMES.join('、') })
    }

    const printDate = values['print-date']
    if (printDate !== undefined && !IsoDateSchema.safeParse(printDate).success)
      throw new UsageError('cli.bad-print-date', { value: printDate })
    const list = (v: string) =>
      v
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)
    // 签发人（GB/T 9704 7.2.6）与发文字号同排在版头：盖过通报保存的签发人；没有版头就无处可排。
    const signer = values.signer?.trim()
    if (signer === '') throw new UsageError('cli.missing-value', { option: '--signer' })
    if (signer && values['no-redhead']) throw new UsageError('cli.signer-needs-redhead')
    const redhead = {
      ...(values['org-mark'] ? { orgMarks: list(values['org-mark']) } : {}),
      ...(values['doc-number'] ? { docNumber: values['doc-number'] } : {}),
      ...(signer ? { signer } : {}),
    }
    const banji = {
      ...(values.cc ? { cc: list(values.cc) } : {}),
      ...(values.printer ? { printer: values.printer } : {}),
      ...(printDate ? { printDate } : {}),
    }
    // 命令行给出的值盖过通报里保存的签发稿设置（notice.signOff），没给的沿用设置（core/export/options.ts）。
    const options: DocxOptions = {
      ...(values.profile && isFontProfileName(values.profile) ? { profile: values.profile } : {}),
      sealed: !values.unsealed,
      boldLevel3: !values['plain-level3'],
      ...(values['no-redhead'] ? { redhead: false } : values.redhead || Object.keys(redhead).length ? { redhead } : {}),
      ...(values['no-banji'] ? { banji: false } : values.banji || Object.keys(banji).length ? { banji } : {}),
    }
    const trackChangesFrom = values['track-changes-from']
    if (trackChangesFrom !== undefined) {
      if (outDir !== undefined || !values.docx) throw new UsageError('cli.track-changes-needs-docx')
      if (extname(files[0]!).toLowerCase() !== '.tongbao') throw new UsageError('cli.track-changes-needs-project')
    }
    const formats = (values.format ?? 'docx')
      .split(/[,，、]/)
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean)
    const ofdFontSpec = values['ofd-font']
    if (ofdFontSpec !== undefined && !values.ofd && !(outDir !== undefined && formats.includes('ofd')))
      throw new UsageError('cli.ofd-font-needs-ofd')
    const ofdFonts = ofdFontSpec === undefined ? undefined : await readOfdFonts(ofdFontSpec)
    const settings = { options, ofdFonts, force: !!values.force, ...(trackChangesFrom !== undefined ? { trackChangesFrom } : {}) }

    if (outDir === undefined) {
      const file = files[0]!
      // 输出覆盖输入会丢掉原文件，覆盖已有文件要明说（--overwrite）：都在读入之前核对。
      await guardOutputs(outputs, [file], values.overwrite ?? false)
      const targets = (['docx', 'pdf', 'ofd', 'html', 'fragment', 'ledger'] as const).flatMap((format) =>
        values[format] ? [{ format, path: values[format] }] : [],
      )
      return (await exportFile(file, targets, { ...settings, batch: false }, io)).code
    }

    const unknown = formats.filter((f) => !isFormat(f))
    if (unknown.length || !formats.length) throw new UsageError('cli.bad-format', { value: unknown.join('、') })
    const plan = batchTargets(files, outDir, [...new Set(formats as Format[])])
    // 已有的输出文件同样不覆盖，除非 --overwrite；整批在写任何文件之前核对。
    await guardOutputs(
      [...plan.values()].flat().map((t) => t.path),
      files,
      values.overwrite ?? false,
    )
    try {
      await mkdir(outDir, { recursive: true })
    } catch {
      io.err(`无法建立输出文件夹 ${outDir}：请换一个位置。`)
      return 2
    }
    const outcomes = await forEachFile(files, '导出', io, (file) => exportFile(file, plan.get(file)!, { ...settings, batch: true }, io))
    io.out(summaryTable(outcomes))
    return worstCode(outcomes)
  },
}
