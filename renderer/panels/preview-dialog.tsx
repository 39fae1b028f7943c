/** 页面预览：显示导出的签发稿将打印成的页（core/layout：与 Word 导出同一份版式），红头、版记按签发稿设置。 */
import { useMemo } from 'react'
import { layoutNotice } from '../../core/layout'
import type { Notice } from '../../core/model'
import { LayoutPageView } from '../preview/layout-page'
import { Modal } from './modal'

export function PreviewDialog({ notice, onClose }: { notice: Notice; onClose(): void }) {
  const pages = useMemo(() => layoutNotice(notice).pages, [notice])
  return (
    <Modal title={`页面预览（共 ${pages.length} 页）`} onClose={onClose} wide>
      <p className="muted">与导出的 Word 文档同页同行；在装有公文字体的 Word 或 WPS 中，个别含数字的行可能略有出入。</p>
      <div className="pages">
        {pages.map((page, i) => (
          <LayoutPageView key={i} page={page} />
        ))}
      </div>
    </Modal>
  )
}
