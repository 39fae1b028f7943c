// 导入时的修复与存疑也是规则：稳定编号、meta 中的中文结果文字，和校验规则一样列在 docs/rules.md。
// 导入器用 importFinding 报告，不自己拼句子；检查面板显示编号，不显示内部名称。
import type { Path } from '../model/item'
import { toFinding } from './message'
import type { Finding, Fix, Location, MessageData, RuleMeta } from './types'

export const IMPORT_RULES = {
  paragraphsRestored: {
    code: 'TB101',
    title: '导入时重新分段',
    name: 'import-paragraphs-restored',
    severity: 'warning',
    description: '导入的纯文字按固定宽度折行（从 PDF 复制），或整篇没有分段：已按序号和句末标点重新分段，请核对。',
    messages: {
      hardWrap: '原文按固定宽度折行（常见于从 PDF 复制的文字），已把折断的行接回成段，请核对分段。',
      unsplit: '原文没有分段，已按序号和句末标点重新分段，请核对分段。',
    },
  },
  encodingDamaged: {
    code: 'TB102',
    title: '文件有损坏的字节',
    name: 'import-encoding-damaged',
    severity: 'warning',
    description: '文件中有无法识别的字节（文件被截断或损坏）：已显示为替换字符，请对照原文核对。',
    messages: { damaged: '文件中有{{count}}处字节无法识别（文件可能被截断或损坏），已显示为“\ufffd”，请对照原文核对。' },
  },
  dateAmbiguous: {
    code: 'TB103',
    title: '日期有几种读法',
    name: 'import-date-ambiguous',
    severity: 'warning',
    description: '丢了年月日的日期有几种读法：不作猜测，字段留空，列出候选供选定。',
    messages: {
      ambiguous: '“{{raw}}”缺少年月日，有{{count}}种读法（{{readings}}），未作猜测，请确认后填写。',
      fieldEmpty: '导语中的{{what}}缺少年月日，有{{count}}种读法，未作猜测，{{what}}暂未填写：请在导语中确认后，从候选中选定。',
    },
  },
  dateRepaired: {
    code: 'TB104',
    title: '导入时补全的日期',
    name: 'import-date-repaired',
    severity: 'info',
    description: '写得不完整的日期只有一种合理读法：已按此填写字段，并给出改写原文的修复。',
    messages: { repaired: '日期“{{raw}}”写得不完整（缺年、月、日或“至”），唯一合理的读法是{{reading}}，已按此填写。' },
  },
  pageNoise: {
    code: 'TB105',
    title: '导入时去掉的网页文字',
    name: 'import-page-noise',
    severity: 'info',
    description: '网页里不属于通报的文字（栏目标签、导航、分享、页脚）已去掉。',
    messages: {
      titleTag: '标题前的网站栏目标签“{{tag}}”不属于标题，已去掉。',
      noise: '去掉了{{count}}行网页杂项（导航、分享、打印、页脚等）：{{shown}}。',
    },
  },
  textLost: {
    code: 'TB106',
    title: '原文可能丢了字',
    name: 'import-text-lost',
    severity: 'warning',
    description: '原文看来丢了字（如巡视组名称缺组别序号），请核对。',
    messages: { groupNumber: '巡视组名称“{{group}}”缺少组别序号，原文可能丢字，请核对。' },
  },
  markerRepaired: {
    code: 'TB107',
    title: '导入时补全的序号',
    name: 'import-marker-repaired',
    severity: 'info',
    description: '序号残缺（只剩右括号）：已按上下文补成完整的序号。',
    messages: { repaired: '序号残缺，原文只有“{{raw}}”，已按上下文读作“{{label}}”。' },
  },
  numberingIrregular: {
    code: 'TB108',
    title: '原文序号不连续',
    name: 'import-numbering-irregular',
    severity: 'info',
    description: '原文序号与前一项不连续：导入后按位置重排，请核对是否漏了条目。',
    messages: { irregular: '原文序号“{{found}}”与前一项不连续（按位置应为“{{expected}}”）。导入后序号按位置重排，请核对是否漏了条目。' },
  },
  paragraphJoined: {
    code: 'TB109',
    title: '导入时接回的断句',
    name: 'import-paragraph-joined',
    severity: 'info',
    description: '一句话被断成了两段（前段没有句末标点）：已接回一段。',
    messages: { joined: '一句话被断成了两段（前段没有句末标点），已接回一段。' },
  },
} as const satisfies Record<string, RuleMeta>

export type ImportRule = keyof typeof IMPORT_RULES
type MessageId<R extends ImportRule> = keyof (typeof IMPORT_RULES)[R]['messages'] & string

/** 导入发现的分组标题（docs/rules.md 与 RULE_GROUPS 同样的形式）。 */
export const IMPORT_RULE_GROUP = { title: '导入时的修复与存疑', codes: Object.values(IMPORT_RULES).map((m) => m.code) }

/** 一条导入发现：文字由 meta 的模板生成。 */
export function importFinding<R extends ImportRule>(
  rule: R,
  messageId: MessageId<R>,
  location: Location | Path,
  extra: { data?: MessageData; fix?: Fix; suggestions?: Fix[] } = {},
): Finding {
  const at = Array.isArray(location) ? { path: location } : location
  return toFinding(IMPORT_RULES[rule] as RuleMeta, { messageId, location: at, ...extra })
}
