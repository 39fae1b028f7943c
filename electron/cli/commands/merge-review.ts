// tongbao merge-review：把审阅稿（.docx，带修订与批注）对回工程文件，列出每处改动；加 --accept-all 时全部接受并写入新工程文件。
import { MAX_IMPORT_BYTES } from '../../../core/import/index'
import { formatMessage } from '../../../core/messages/format'
import { readFileLimited, saveProject } from '../../files/project-store'
import type { Command } from '../command'
import { loadInput } from '../load-input'
import { guardOutputs } from '../output-guard'
import { parseOutputCommandArgs } from '../parse-args'

export const mergeReviewCommand: Command = {
  name: 'merge-review',
  summary: '把审阅稿（修订与批注）合并回通报：列出每处改动，--accept-all 全部接受并写入',
  usage: 'tongbao merge-review <project> <reviewed.docx> -o merged.tongbao [--accept-all] [--overwrite]',
  async run(argv, io) {
    const { values, inputs, output, overwrite } = parseOutputCommandArgs(
      argv,
      { 'accept-all': { type: 'boolean' } },
      ['工程文件（.tongbao）', '审阅稿（.docx）'],
      'merged.tongbao',
    )
    const [project, reviewed] = inputs as [string, string]
    const acceptAll = values['accept-all'] === true
    if (acceptAll) await guardOutputs([output], [project, reviewed], overwrite)
    // 读 .docx 要用 htmlparser2，比对要用导出的段落样式（docx）：按需载入，其他命令启动不为它们付费。
    const { applyReviewChanges, describeChanges, readReviewedDocx, reviewBase, reviewChanges } = await import('../../../core/review/index')
    const { notice, project: versions } = await loadInput(project)
    const doc = readReviewedDocx(await readFileLimited(reviewed, MAX_IMPORT_BYTES, 'import.too-large'))
    // 以送审稿导出时的版本为对照（未留修订痕迹的改动因此找得到），并核对文档编号：别的工程的审阅稿不合并。
    const result = reviewChanges(notice, doc, reviewBase(versions, doc.properties))
    for (const group of describeChanges(notice, result)) {
      io.out(group.label)
      for (const c of group.changes) {
        io.out(`  [${c.id}] ${c.kind}（${c.by}）`)
        if (c.diff) {
          io.out(`    原：${c.diff.head}〔${c.diff.removed}〕${c.diff.tail}`)
          io.out(`    新：${c.diff.head}〔${c.diff.added}〕${c.diff.tail}`)
        } else if (c.before === c.after) io.out(`    ${c.after}`)
        else {
          if (c.before) io.out(`    原：${c.before}`)
          if (c.after) io.out(`    新：${c.after}`)
        }
      }
    }
    for (const c of result.comments)
      io.out(formatMessage({ code: 'review.comment', params: { author: c.author, text: c.text } }) + `（${c.quote.slice(0, 20)}…）`)
    for (const text of result.unplaced) io.out(formatMessage({ code: 'review.unplaced', params: { text } }))
    if (!acceptAll) {
      io.err(
        formatMessage({
          code: 'cli.merge-review-listed',
          params: { total: result.changes.length, comments: result.comments.length, file: output },
        }),
      )
      return 0
    }
    const merged = applyReviewChanges(notice, result, new Set(result.changes.map((c) => c.id)))
    await saveProject(output, merged.notice, versions)
    if (merged.skipped.length) io.err(formatMessage({ code: 'review.skipped', params: { count: merged.skipped.length } }))
    io.err(
      formatMessage({
        code: 'cli.merge-review-merged',
        params: { accepted: result.changes.length - merged.skipped.length, file: output },
      }),
    )
    return 0
  },
}
