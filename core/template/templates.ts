import xuncha from '../../templates/xuncha.json' with { type: 'json' }
import xunshi from '../../templates/xunshi.json' with { type: 'json' }
import type { InspectionKind } from '../model/notice'
import { type Template, TemplateSchema } from './template'

const TEMPLATES: Record<InspectionKind, Template> = {
  巡视: TemplateSchema.parse(xunshi),
  巡察: TemplateSchema.parse(xuncha),
}

export function templateFor(kind: InspectionKind): Template {
  return TEMPLATES[kind]
}
