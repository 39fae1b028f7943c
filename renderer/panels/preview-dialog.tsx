/** 页面预览：按打印版心（每面行数 × 每行字数，见 core/spec）分页，显示页数。 */
import { noticeBlocks } from '../../core/document/blocks'
import type { Notice } from '../../core/model'
import { GRID } from '../../core/spec/gbt9704'
import { paginate } from '../preview/paginate'
import { Modal } from './modal'

export function PreviewDialog({ notice, onClose }: { notice: Notice; onClose(): void }) {
  const pages = paginate(noticeBlocks(notice))
  return (
    <Modal title={`页面预览（共 ${pages.length} 页）`} onClose={onClose} wide>
      <p className="muted">
        按每面 {GRID.linesPerPage} 行、每行 {GRID.charsPerLine} 字估算；准确版式以导出的 Word 文档为准。
      </p>
      <div className="pages">
        {pages.map((page, i) => (
          <article key={i} className="page" aria-label={`第 ${i + 1} 页`}>
            {page.map((line, k) => (
              <div key={k} className={`pline ${line.kind}`} style={{ paddingLeft: `${line.indent}em` }}>
                {line.text || '\u00a0'}
              </div>
            ))}
            <footer className="page-number">— {i + 1} —</footer>
          </article>
        ))}
      </div>
    </Modal>
  )
}
