/** 续报或新一轮开始之后的说明：沿用了什么、清空了什么、接下来做什么。是提示，不是错误：用平和的信息样式。 */
import type { NextRoundMode, NextRoundSummary } from '../../core/next-round'
import { NEXT_ROUND_MODE_LABEL } from '../../core/next-round/start-next-round'

export interface CarryOver {
  mode: NextRoundMode
  summary: NextRoundSummary
  /** 新一轮：可改为保留上一轮的方面标题作空骨架（有方面时才有） */
  keepAspects?: { count: number; apply(): void }
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
        {carried.keepAspects && (
          <button type="button" onClick={carried.keepAspects.apply}>
            保留上一轮的 {carried.keepAspects.count} 个方面标题（空骨架）
          </button>
        )}
      </div>
      <button type="button" className="close" onClick={onClose} aria-label="关闭说明">
        ×
      </button>
    </section>
  )
}
