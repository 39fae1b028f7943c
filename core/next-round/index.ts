export { advanceRoundLabel } from './round-label'
export { type NextRound, startNextRound, startNextRoundWithReport } from './start-next-round'
