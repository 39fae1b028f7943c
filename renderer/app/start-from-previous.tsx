/** 开始页上“从上一份通报开始”的两种方式，各带一句说明，让用户分得清是同一次巡视还是新的巡视。 */
import type { MenuCommand } from '../../core/bridge/host'

export function StartFromPrevious({ onCommand }: { onCommand(c: MenuCommand): void }) {
  return (
    <>
      <button type="button" className="big" onClick={() => onCommand('start-follow-up')} aria-describedby="start-follow-up-hint">
        续报（同一次巡视）…
        <span id="start-follow-up-hint" className="hint" aria-hidden="true">
          同一次巡视的下一份：沿用问题、日期和上一份的整改文字，状态待确认
        </span>
      </button>
      <button type="button" className="big" onClick={() => onCommand('start-new-round')} aria-describedby="start-new-round-hint">
        新一轮（新的巡视）…
        <span id="start-new-round-hint" className="hint" aria-hidden="true">
          新的一次巡视：沿用机关、联系方式和套话，问题清单重新录入
        </span>
      </button>
    </>
  )
}
