// 一致性：留下的手写段落（导语、统计段落、联系方式段落）与它出自的表单字段一致；不一致时导出稿按手写段落，字段的修改没有生效。
import { disagreements, generatedText, HAND_WRITTEN_LABEL, overridePath } from '../derive/hand-written'
import { noticeRule } from './notice-rule'

export const handWrittenInStep = noticeRule({
  meta: {
    code: 'TB060',
    title: '手写段落与表单不一致',
    name: 'hand-written-in-step',
    severity: 'warning',
    description:
      '导语、统计段落、联系方式段落为原文手写时，导出的是手写的文字；表单中相应的字段（日期、巡视组、人数、电话、邮箱、地址……）与手写段落不一致，' +
      '就是字段的修改没有进入导出稿。报告在该字段上，可选择改为按表单生成（舍弃手写段落，须人确认，不在一键修正之列）。联系方式字段的修改会尽量直接改进手写段落，写不进时才报告。',
    messages: {
      notInText: '表单中的{{field}}“{{form}}”没有写进手写的{{part}}，导出稿不会显示它',
      onlyInText: '手写的{{part}}写着{{field}}“{{text}}”，表单中没有这一项',
      differs: '表单中的{{field}}是“{{form}}”，手写的{{part}}写的是“{{text}}”，导出稿按手写段落',
    },
  },
  check(notice, report) {
    for (const d of disagreements(notice)) {
      const part = HAND_WRITTEN_LABEL[d.part]
      // 改为按表单生成会舍弃原文的措辞，要人拿主意：是候选修改，不是一键修正（“全部改正”不会替人丢掉手写段落）。
      // 按表单生成的段落是空的（统计数字全空）时不给，改过去就丢了整段。
      const toGenerated = { kind: 'set-value' as const, label: '改为按表单生成', path: overridePath(d.part), value: null }
      const offer = generatedText(notice, d.part).length > 0
      const found: { messageId: 'notInText' | 'onlyInText' | 'differs'; data: Record<string, string> } =
        d.text === null
          ? { messageId: 'notInText', data: { field: d.field, form: d.form ?? '', part } }
          : d.form === null
            ? { messageId: 'onlyInText', data: { field: d.field, text: d.text, part } }
            : { messageId: 'differs', data: { field: d.field, form: d.form, text: d.text, part } }
      report({ ...found, location: { path: d.path }, ...(offer ? { suggestions: [toGenerated] } : {}) })
    }
  },
})
