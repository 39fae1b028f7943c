import { Section } from '../model/item'
import type { Count, InspectionKind, Meta, Notice } from '../model/notice'
import { RichText } from '../model/rich-text'
import { fill } from './template'
import { templateFor } from './templates'
import { metaValues } from '../derive/values'

const emptyCount = (): Count => ({ total: null, breakdown: [] })

export function emptyMeta(kind: InspectionKind): Meta {
  return {
    issuer: { fullName: '', shortName: '' },
    kind,
    level: templateFor(kind).defaultLevel,
    roundLabel: '',
    inspectionGroup: '',
    target: null,
    topic: null,
    period: { start: null, end: null },
    feedbackDate: null,
    reportKind: '整改进展情况',
    publication: { date: null, source: null },
  }
}

/** 一份结构完整、内容留空的通报：各部分齐全，组织情况和下一步带模板开头语。 */
export function createNotice(kind: InspectionKind, meta: Partial<Meta> = {}): Notice {
  const template = templateFor(kind)
  const notice: Notice = {
    meta: { ...emptyMeta(kind), ...meta, kind },
    parts: [...template.parts],
    title: { override: null },
    lead: { override: null },
    organization: Section.empty(),
    statistics: {
      partyDiscipline: emptyCount(),
      governmentSanction: emptyCount(),
      organizationalHandling: emptyCount(),
      admonishment: emptyCount(),
      educationReminder: emptyCount(),
      systemsBuilt: null,
      lossRecovered: null,
      extraFacts: [],
      override: null,
    },
    rectification: Section.empty(),
    nextSteps: Section.empty(),
    contact: { phones: [], addresses: [], postcodes: [], emails: [], websites: [], override: null },
    signature: { org: meta.issuer?.fullName ?? '', date: null },
  }
  const values = metaValues(notice)
  notice.organization.paragraphs = RichText.of(fill(template.boilerplate.organization, values, template.placeholder))
  notice.nextSteps.paragraphs = RichText.of(fill(template.boilerplate.nextSteps, values, template.placeholder))
  return notice
}
