/** 三个可编辑部分在界面上的名称（纸面左侧标签、大纲分组）。 */
import type { SectionKey } from '../../core/model'

export const SECTION_LABEL: Record<SectionKey, string> = {
  organization: '组织情况',
  rectification: '逐条整改',
  nextSteps: '下一步打算',
}
