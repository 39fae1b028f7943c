/** 续报或新一轮开始之后的说明：沿用了什么、清空了什么、接下来做什么。是提示，不是错误：用平和的信息样式。 */
import type { NextRoundMode, NextRoundSummary } from '../../core/next-round'
import { NEXT_ROUND_MODE_LABEL } from '../../core/next-round/start-next-round'

export interface CarryOver {
  mode: NextRoundMode
  summary: NextRoundSummary
}

export function CarryOverBanner({ carried, onClose }: { carried: CarryOver; onClose(): void }) {
  const { summary } = carried
  return (
    <section className="banner info carry-over" role="status" aria-label={`已开始${NEXT_ROUND_MODE_LABEL[carried.mode]}`}>
      <div>
        <h2>已开始{NEXT_ROUND_MODE_LABEL[carried.mode]}</h2>
        <p>
          <strong>已沿用：</strong>
          {summary.kept.join('；')}。
        </p>
        <p>
          <strong>已清空：</strong>
          {summary.cleared.join('；')}。
        </p>
        <p>
          <strong>接下来：</strong>
          {summary.next.join('；')}。
        </p>
      </div>
      <button type="button" className="close" onClick={onClose} aria-label="关闭说明">
        ×
      </button>
    </section>
  )
}
