/** 从上一轮通报新建下一轮。 */
export { advanceRoundLabel } from './round-label'
export { type NextRound, startNextRound, startNextRoundWithReport } from './start-next-round'
