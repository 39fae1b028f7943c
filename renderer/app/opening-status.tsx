/** 新文档的编辑界面还在后台渲染（见 use-session.ts 的 begin）：大文档要一两秒，其间界面照常可用，这里说一声。 */
export function OpeningStatus() {
  return (
    <div className="import-progress opening" role="status" aria-label="正在打开">
      <span className="import-progress-text">正在排版文档…</span>
      <progress aria-label="排版进度条" />
    </div>
  )
}
