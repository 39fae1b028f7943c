/** 统计段落的识别与拆解：党纪政务处分、组织处理、诫勉、教育提醒、制度、挽回损失，以及办结、整改完成数。 */
import type { Count, Statistics } from '../model/notice'

/** 这一段是不是统计段落：以人数、件数、项数为主的处理结果或整改完成情况。 */
export function isStatisticsParagraph(p: string): boolean {
  const hits = [
    /(党纪|政务)(政务)?处分\d+人/,
    /组织处理\d+人/,
    /诫勉(谈话)?\d+人/,
    /(教育提醒|批评教育|提醒谈话)\d+人/,
    /(建立完善|建立健全|出台|完善)制度\d+项/,
    /挽回.{0,6}经济损失/,
    /办结率/,
    /已(完成|办结)(整改)?\d+(个|件|项|条)/,
    /\d+(个|项)问题/,
  ].filter((re) => re.test(p)).length
  return hits >= 2 && p.length < 800 && !/^(一是|下一步)/.test(p)
}

function count(p: string, label: RegExp): Count {
  const re = new RegExp(`(?:${label.source})(\\d+)人(?:[(（]([^)）]*)[)）])?`)
  const m = re.exec(p)
  if (!m) return { total: null, breakdown: [] }
  const breakdown = m[2]
    ? [...m[2].matchAll(/([\u4e00-\u9fa5]+?)(\d+)人/g)].map((b) => ({ label: b[1]!.replace(/^(其中|含)/, ''), count: Number(b[2]) }))
    : []
  return { total: Number(m[1]), breakdown }
}

/** 只取能读出的数字；段落原文另存为 override，逐字保留。 */
export function parseStatistics(p: string): Omit<Statistics, 'override'> {
  const systems = /(?:建立完善|建立健全|出台|完善|新建)制度(\d+)项/.exec(p)
  const loss = /挽回(?:其他)?(?:各类)?经济损失(?:共计)?([\d.]+)万元/.exec(p)
  const extraFacts = p
    .split(/[。；;]/)
    .map((s) => s.trim())
    .filter((s) => /(办结|已完成整改|问题线索|信访)/.test(s) && /\d/.test(s))
  return {
    partyDiscipline: count(p, /给予党纪处分|党纪处分/),
    governmentSanction: count(p, /政务处分/),
    organizationalHandling: count(p, /组织处理/),
    admonishment: count(p, /诫勉谈话|诫勉/),
    educationReminder: count(p, /教育提醒/),
    systemsBuilt: systems ? Number(systems[1]) : null,
    lossRecovered: loss && Number.isFinite(Number(loss[1])) ? Number(loss[1]) : null,
    extraFacts,
  }
}
