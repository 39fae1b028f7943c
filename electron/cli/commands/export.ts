// tongbao export：导出 Word（GB/T 9704）与网页；校验有错误时拒绝，除非 --force。
import { exportDocx } from '../../../core/export/docx/index'
import { exportHtmlFragment, exportHtmlPage } from '../../../core/export/html/index'
import type { DocxOptions } from '../../../core/export/options'
import { exportReadiness } from '../../../core/export/readiness'
import { pathToPointer } from '../../../core/model/item'
import { FONT_PROFILE_NAMES, isFontProfileName } from '../../../core/spec/font-profiles'
import { type Finding, SEVERITY_LABEL, validate } from '../../../core/rules/index'
import { writeFileAtomic } from '../../files/atomic-write'
import { FileError } from '../../files/file-error'
import { type CliIo, type Command, UsageError } from '../command'
import { guardOutputs } from '../output-guard'
import { parseCommandArgs } from '../parse-args'
import { loadInput } from '../load-input'

const USAGE =
  'tongbao export <file> [--docx out.docx] [--html out.html] [--fragment out.fragment.html] ' +
  '[--profile gb2312|gbk|windows] [--redhead [--doc-number 青委〔2024〕5号] [--org-mark 中共青山县委]] ' +
  '[--banji [--cc 甲,乙] [--printer 中共青山县委办公室]] [--unsealed] [--plain-level3] [--force] [--overwrite]'

function printFindings(findings: Finding[], io: CliIo): void {
  for (const f of findings) io.err(`${SEVERITY_LABEL[f.severity]} ${f.rule} ${pathToPointer(f.location.path)}：${f.message}`)
}

export const exportCommand: Command = {
  name: 'export',
  summary: '导出 Word（GB/T 9704 版式）与网页；有错误级问题时需 --force',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        docx: { type: 'string' },
        html: { type: 'string' },
        fragment: { type: 'string' },
        profile: { type: 'string' },
        redhead: { type: 'boolean' },
        'org-mark': { type: 'string' },
        'doc-number': { type: 'string' },
        banji: { type: 'boolean' },
        cc: { type: 'string' },
        printer: { type: 'string' },
        unsealed: { type: 'boolean' },
        'plain-level3': { type: 'boolean' },
        force: { type: 'boolean' },
        overwrite: { type: 'boolean' },
      },
      1,
    )
    const file = positionals[0]
    if (!file) throw new UsageError('cli.need-input', { what: '要导出的文件' })
    const outputs = [values.docx, values.html, values.fragment].filter((p): p is string => !!p)
    if (!outputs.length) throw new UsageError('cli.need-export-output')
    if (values.profile !== undefined && !isFontProfileName(values.profile)) {
      throw new UsageError('cli.bad-profile', { profiles: FONT_PROFILE_NAMES.join('、') })
    }
    // 输出覆盖输入会丢掉原文件，覆盖已有文件要明说：都在读入之前核对。
    await guardOutputs(outputs, [file], values.overwrite ?? false)

    const { notice } = await loadInput(file)
    // 导出与校验相接：警告照常导出，错误须 --force（issue #5 第 4 点）。
    let findings: Finding[]
    try {
      findings = validate(notice)
    } catch {
      // 校验本身出错时无从判断有无错误：与“有错误”同样处理，--force 才导出。
      if (!values.force) {
        io.err('未导出：校验没能完成，无法确认通报中有没有错误。可加 --force 不经校验导出。')
        return 1
      }
      io.err('注意：校验没能完成，已按 --force 导出。')
      findings = []
    }
    const { errors, warnings, needsConfirmation } = exportReadiness(findings)
    if (needsConfirmation && !values.force) {
      printFindings(errors, io)
      io.err(`未导出：有 ${errors.length} 个错误。请先修正，或加 --force 仍然导出。`)
      return 1
    }
    if (errors.length) io.err(`注意：有 ${errors.length} 个错误，已按 --force 导出。`)
    if (warnings.length) io.err(`提示：有 ${warnings.length} 个警告，可用 tongbao validate 查看。`)

    const options: DocxOptions = {
      ...(values.profile && isFontProfileName(values.profile) ? { profile: values.profile } : {}),
      sealed: !values.unsealed,
      boldLevel3: !values['plain-level3'],
      ...(values.redhead
        ? { redhead: { ...(values['org-mark'] ? { orgMark: values['org-mark'] } : {}), ...(values['doc-number'] ? { docNumber: values['doc-number'] } : {}) } }
        : {}),
      ...(values.banji
        ? { banji: { ...(values.cc ? { cc: values.cc.split(/[,，、]/).map((s) => s.trim()).filter(Boolean) } : {}), ...(values.printer ? { printer: values.printer } : {}) } }
        : {}),
    }
    const jobs: [string | undefined, () => Promise<Uint8Array | string>][] = [
      [values.docx, () => exportDocx(notice, options)],
      [values.html, async () => exportHtmlPage(notice)],
      [values.fragment, async () => exportHtmlFragment(notice)],
    ]
    for (const [path, make] of jobs) {
      if (!path) continue
      const data = await make()
      try {
        await writeFileAtomic(path, data)
      } catch (e) {
        io.err(`错误：${FileError.from('write', e, path).message}`)
        return 2
      }
      io.err(`已导出：${path}`)
    }
    return 0
  },
}
