// 规则登记表：全部规则按编号排列。校验引擎、增量校验和 docs/rules.md 都读这里。
import { approximateNumbers } from './approximate-numbers'
import { bookTitleMisuse } from './book-title-misuse'
import { breakdownSum } from './breakdown-sum'
import { contactPresent } from './contact-present'
import { copiedFromLastRound } from './copied-from-last-round'
import { dateFormat } from './date-format'
import { dateNotFuture } from './date-not-future'
import { dateOrder } from './date-order'
import { deadline } from './deadline'
import { documentNumber } from './document-number'
import { duplicateMarker } from './duplicate-marker'
import { ellipsisDash } from './ellipsis-dash'
import { emailFormat } from './email-format'
import { enumerationComma } from './enumeration-comma'
import { fixedNumerals } from './fixed-numerals'
import { fullwidthDigits } from './fullwidth-digits'
import { invisibleCharacters } from './invisible-characters'
import { garbledDate } from './garbled-date'
import { halfwidthPunctuation } from './halfwidth-punctuation'
import { handWrittenInStep } from './hand-written-in-step'
import { hanSpacing } from './han-spacing'
import { headingPunctuation } from './heading-punctuation'
import { interpunct } from './interpunct'
import { kindTerm } from './kind-term'
import { leadMatchesMeta } from './lead-matches-meta'
import { leadPresent } from './lead-present'
import { levelConsistency } from './level-consistency'
import { measureNotEmpty } from './measure-not-empty'
import { nextStepsPresent } from './next-steps-present'
import { numberForms } from './number-forms'
import { ordinalMarker } from './ordinal-marker'
import { organizationPresent } from './organization-present'
import { pairedMarks } from './paired-marks'
import { personalBankCard } from './personal-bank-card'
import { personalId } from './personal-id'
import { personalMobile } from './personal-mobile'
import { phoneFormat } from './phone-format'
import { placeholder } from './placeholder'
import { postalAddress } from './postal-address'
import { postcodeFormat } from './postcode-format'
import { problemMeasures } from './problem-measures'
import { problemStatement } from './problem-statement'
import { problemsPresent } from './problems-present'
import { problemStatus } from './problem-status'
import { progressClaim } from './progress-claim'
import { rangeConnector } from './range-connector'
import { rateMatches } from './rate-matches'
import { reportKindConsistency } from './report-kind-consistency'
import { signatureMatchesTitle } from './signature-matches-title'
import { titleMatchesIssuer } from './title-matches-issuer'
import { signaturePresent } from './signature-present'
import { statisticalNumerals } from './statistical-numerals'
import { statisticsBreakdown } from './statistics-breakdown'
import { statusUnconfirmed } from './status-unconfirmed'
import { titleGenre } from './title-genre'
import { titlePresent } from './title-present'
import { titlePunctuation } from './title-punctuation'
// #10：带标签的值读不出、句子样的标题、网页杂项行
import { labelledValue } from './labelled-value'
import { headingSentence } from './heading-sentence'
import { pageNoiseLine } from './page-noise-line'
import { isItemRule, type ItemRule } from './item-rule'
import { isTextRule, type TextRule } from './text-rule'
import type { Rule } from './types'

/** 规则的分组，用于文档目录。 */
export const RULE_GROUPS: { title: string; codes: string[] }[] = [
  { title: '完整性', codes: ['TB001', 'TB002', 'TB003', 'TB004', 'TB005', 'TB006', 'TB007', 'TB008', 'TB009', 'TB010'] },
  { title: '联系方式', codes: ['TB011', 'TB012', 'TB013', 'TB014'] },
  { title: '日期', codes: ['TB015', 'TB016', 'TB017', 'TB018', 'TB046', 'TB051'] },
  { title: '一致性', codes: ['TB019', 'TB020', 'TB021', 'TB053', 'TB055', 'TB060', 'TB061'] },
  { title: '数字', codes: ['TB022', 'TB023', 'TB024', 'TB025', 'TB052'] },
  {
    title: '标点与数字用法',
    codes: [
      'TB026',
      'TB027',
      'TB028',
      'TB029',
      'TB030',
      'TB031',
      'TB032',
      'TB033',
      'TB034',
      'TB035',
      'TB036',
      'TB041',
      'TB042',
      'TB043',
      'TB044',
      'TB045',
      'TB047',
      'TB049',
      'TB050',
      'TB054',
    ],
  },
  { title: '占位符与遗留文字', codes: ['TB037', 'TB038'] },
  { title: '公开安全', codes: ['TB039', 'TB040', 'TB048'] },
  // #10：原文里读不出、放错了地方、或本不属于通报的文字
  { title: '原文残留', codes: ['TB056', 'TB057', 'TB058'] },
]

export const RULES: readonly Rule[] = [
  titlePresent,
  leadPresent,
  organizationPresent,
  problemsPresent,
  problemStatement,
  problemMeasures,
  measureNotEmpty,
  nextStepsPresent,
  contactPresent,
  signaturePresent,
  phoneFormat,
  emailFormat,
  postcodeFormat,
  postalAddress,
  dateOrder,
  dateNotFuture,
  dateFormat,
  garbledDate,
  kindTerm,
  levelConsistency,
  signatureMatchesTitle,
  progressClaim,
  breakdownSum,
  statisticsBreakdown,
  rateMatches,
  halfwidthPunctuation,
  pairedMarks,
  ellipsisDash,
  enumerationComma,
  ordinalMarker,
  duplicateMarker,
  titlePunctuation,
  headingPunctuation,
  hanSpacing,
  fullwidthDigits,
  documentNumber,
  placeholder,
  copiedFromLastRound,
  personalId,
  personalMobile,
  fixedNumerals,
  interpunct,
  rangeConnector,
  numberForms,
  bookTitleMisuse,
  leadMatchesMeta,
  titleGenre,
  personalBankCard,
  statisticalNumerals,
  approximateNumbers,
  deadline,
  problemStatus,
  reportKindConsistency,
  invisibleCharacters,
  statusUnconfirmed,
  // issue 10（10c）：手写段落与表单字段一致
  handWrittenInStep,
  // #10
  labelledValue,
  headingSentence,
  pageNoiseLine,
  // #15 收尾：原文标题与发文机关
  titleMatchesIssuer,
]

/** 逐段文字的规则（可按文字缓存）。 */
export const TEXT_RULES: readonly TextRule[] = RULES.filter(isTextRule)
/** 逐个条目的规则（可按条目缓存）。 */
export const ITEM_RULES: readonly ItemRule[] = RULES.filter(isItemRule)
/** 看整篇结构的规则（每次全部重跑，代价小）。 */
export const NOTICE_RULES: readonly Rule[] = RULES.filter((r) => !isTextRule(r) && !isItemRule(r))
