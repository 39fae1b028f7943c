/** 新一轮开始之前问一句：上一轮的方面标题要不要留作空骨架（上一轮分了方面时才问）。开始之后再换会丢掉已填的内容，所以在开始前问。 */
import { Modal } from '../panels/modal'

export function NewRoundChoice({
  aspects,
  onChoose,
  onCancel,
}: {
  aspects: string[]
  onChoose(keepAspects: boolean): void
  onCancel(): void
}) {
  return (
    <Modal title="新一轮（新的巡视）" onClose={onCancel}>
      <p>上一轮的问题清单不会带到新一轮。上一轮分了 {aspects.length} 个方面，要保留这些方面的标题作为空骨架吗？</p>
      <ul className="aspect-list">
        {aspects.map((title, i) => (
          <li key={i}>{title}</li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => onChoose(true)}>
          保留方面标题
        </button>
        <button type="button" onClick={() => onChoose(false)} autoFocus>
          不保留，从空白开始
        </button>
      </div>
    </Modal>
  )
}
