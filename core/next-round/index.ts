/** 从上一份通报开始写下一份：续报（同一次巡视）或新一轮（新的巡视）。 */
export { advanceRoundLabel } from './round-label'
export {
  NEXT_ROUND_MODE_LABEL,
  type NextRound,
  type NextRoundMode,
  type NextRoundSummary,
  startNextRound,
  summaryText,
} from './start-next-round'
