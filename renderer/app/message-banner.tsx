/** 编辑界面顶部的一条提示（打不开的文件、无法开始的续报……），可以关掉。 */
export function MessageBanner({ message, onClose }: { message: string; onClose(): void }) {
  return (
    <div className="banner" role="alert">
      {message}
      <button type="button" onClick={onClose} aria-label="关闭提示">
        ×
      </button>
    </div>
  )
}
