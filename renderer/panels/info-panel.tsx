/**
 * 信息面板：当前条目的时限与责任单位、巡视/巡察信息、标题与导语（默认自动生成）、统计数字及细分、联系方式、落款。
 * 各栏下的提示就是检查结果中该栏路径上的那些（field-findings.ts），与检查面板同出一源；
 * 导语、统计、联系方式为原文手写时，在该组栏目上方说明并预览按表单生成的段落（HandWrittenNote）。
 */
import { type ReactNode, useId, useState } from 'react'
import { noticeLead, noticeTitle } from '../../core/derive'
import { generatedText, HAND_WRITTEN_LABEL, type HandWrittenPart } from '../../core/derive/hand-written'
import { AddressLabelSchema, type Count, type Notice, type Path, RichText } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { roundLabelExample } from '../../core/template/examples'
import { fieldId } from '../app/jump'
import { CheckField } from './check-field'
import { CountField } from './count-field'
import { fieldFindings } from './field-findings'
import { type ContactField, setAddressLabel, setAddressValue, setContactValues, useGenerated, writeOverride } from './info-actions'
import { LinesField } from './lines-field'
import { DateInput } from './date-input'
import { useDocumentStore, useFindings, useNotice } from '../document/use-document'
import { ItemFields } from './item-fields'
import { splitValues } from './split-values'
import { useDraft } from './use-draft'

/** 表单的每次修改经文档的 store 写入通报（一步可撤销的修改）。 */
type Update = (update: (n: Notice) => Notice) => void

/** 一栏最多就地列出几条提示；其余在检查面板里。 */
const SHOWN_FINDINGS = 3

/** 栏下的检查结果：文字，带上它的修复和候选修改的按钮（与检查面板同样的修改）。 */
function FieldMessages({ findings, id }: { findings: Finding[]; id: string }) {
  const store = useDocumentStore()
  if (findings.length === 0) return null
  return (
    <div id={id} className="field-messages">
      {findings.slice(0, SHOWN_FINDINGS).map((f, i) => (
        // 不用 role="alert"：提示随检查结果常在，由 aria-describedby 随输入框读出，不必每次重绘都打断朗读。
        <p key={i} className={f.severity === 'error' ? 'field-error' : 'field-warning'}>
          {f.message}
          {[...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])].map((fix, k) => (
            <button key={k} type="button" className="link" onClick={() => store.applyFix(fix)}>
              {fix.label}
            </button>
          ))}
        </p>
      ))}
      {findings.length > SHOWN_FINDINGS && <p className="field-hint">另有 {findings.length - SHOWN_FINDINGS} 条，见“检查”。</p>}
    </div>
  )
}

/** 自带输入控件的栏目（人数及细分、多行事实）下的提示。 */
function FindingsAt({ path }: { path: Path }) {
  const id = useId()
  return <FieldMessages findings={fieldFindings(useFindings(), path)} id={id} />
}

function Field({
  label,
  path,
  children,
  hint,
  findingsPath,
}: {
  label: string
  path: Path
  children: (id: string, describedBy: string | undefined) => ReactNode
  hint?: string
  findingsPath?: Path
}) {
  const id = fieldId(path)
  const hintId = useId()
  const messagesId = useId()
  const findings = fieldFindings(useFindings(), findingsPath ?? path)
  const describedBy = [hint ? hintId : null, findings.length ? messagesId : null].filter(Boolean).join(' ') || undefined
  const invalid = findings.some((f) => f.severity === 'error')
  return (
    <div className={`field${invalid ? ' invalid' : findings.length ? ' flagged' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldMessages findings={findings} id={messagesId} />
    </div>
  )
}

/**
 * 手写段落的说明：此段为原文手写，表单修改不会生效（联系方式的号码、地址会尽量改进原文）；
 * 可改为按表单生成，或保留原文。附按表单生成的段落预览，用户看得到改过去会是什么样。
 */
function HandWrittenNote({ part }: { part: HandWrittenPart }) {
  const store = useDocumentStore()
  const notice = useNotice()
  const [kept, setKept] = useState(false)
  if (notice[part].override === null) return null
  // 导语的说明放在巡视信息栏目里，要说清是哪一段；统计、联系方式的说明就在本段的栏目上方。
  const subject = part === 'lead' ? '导语' : '此段'
  const preview = RichText.texts(generatedText(notice, part))
  const empty = preview.every((p) => p.trim() === '')
  const toGenerated = (
    <button type="button" disabled={empty} onClick={() => store.update(useGenerated(part))}>
      改为按表单生成
    </button>
  )
  if (kept) {
    return (
      <div className="hand-written kept" role="note" aria-label={`${HAND_WRITTEN_LABEL[part]}为原文手写`}>
        <p>
          {subject}为原文手写（已保留原文）。{toGenerated}
        </p>
      </div>
    )
  }
  return (
    <div className="hand-written" role="note" aria-label={`${HAND_WRITTEN_LABEL[part]}为原文手写`}>
      <p>
        <strong>{subject}为原文手写，表单修改不会生效</strong>
        {part === 'contact' ? '：电话、邮箱、地址等的改动会直接改进原文，改不进的在该栏下提示。' : '；与表单不一致之处在该栏下提示。'}
      </p>
      <p className="hand-written-actions">
        {toGenerated}
        <button type="button" onClick={() => setKept(true)}>
          保留原文
        </button>
      </p>
      <p className="field-hint">{empty ? '表单中没有可生成这一段的内容。' : '按表单生成将是：'}</p>
      {!empty && (
        <blockquote className="hand-written-preview">
          {preview.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </blockquote>
      )}
    </div>
  )
}

/** 统计段落、联系方式段落：勾选后在这里手写（以按表单生成的段落起手），否则由表单生成、不显示输入框。 */
function HandWrittenParagraph({
  part,
  label,
  notice,
  onChange,
}: {
  part: 'statistics' | 'contact'
  label: string
  notice: Notice
  onChange: Update
}) {
  const override = notice[part].override
  return (
    <>
      <CheckField
        id={`override-${part}`}
        label={label}
        checked={override !== null}
        onChange={(on) => onChange(on ? writeOverride(part, (n) => generatedText(n, part)) : useGenerated(part))}
      />
      {override !== null && (
        <Field label={HAND_WRITTEN_LABEL[part]} path={[part, 'override']}>
          {(id) => (
            <textarea
              id={id}
              rows={4}
              value={RichText.text(override)}
              onChange={(e) => onChange(writeOverride(part, () => RichText.of(...e.target.value.split('\n'))))}
            />
          )}
        </Field>
      )}
    </>
  )
}

function TextField({
  label,
  path,
  value,
  onChange,
  placeholder,
  hint,
}: {
  label: string
  path: Path
  value: string
  onChange(v: string): void
  placeholder?: string
  hint?: string
}) {
  return (
    <Field label={label} path={path} hint={hint}>
      {(id, d) => (
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          aria-describedby={d}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

function DateField({
  label,
  path,
  value,
  onChange,
}: {
  label: string
  path: Path
  value: string | null
  onChange(v: string | null): void
}) {
  return (
    <Field label={label} path={path}>
      {(id, d) => <DateInput id={id} value={value} onChange={onChange} describedBy={d} />}
    </Field>
  )
}

/** 联系方式栏目：输入时保留原样，值随输入写回模型；栏下的提示是规则对这些值的检查结果。 */
function ContactInput({
  label,
  field,
  notice,
  onChange,
  placeholder,
}: {
  label: string
  field: ContactField
  notice: Notice
  onChange: Update
  placeholder: string
}) {
  const [draft, setDraft] = useDraft(notice.contact[field].join('、'), (d) => splitValues(d).join('、'))
  return (
    <TextField
      label={label}
      path={['contact', field]}
      value={draft}
      placeholder={placeholder}
      onChange={(v) => {
        setDraft(v)
        onChange(setContactValues(field, splitValues(v)))
      }}
    />
  )
}

const COUNT_FIELDS: [keyof Notice['statistics'] & string, string][] = [
  ['partyDiscipline', '党纪处分（人）'],
  ['governmentSanction', '政务处分（人）'],
  ['organizationalHandling', '组织处理（人）'],
  ['admonishment', '诫勉（人）'],
  ['educationReminder', '教育提醒（人）'],
]

const toNumber = (s: string): number | null => (s.trim() === '' || Number.isNaN(Number(s)) ? null : Math.max(0, Number(s)))

/** 统计中的单个数值栏（不是人数细分）：空着或不是数时为 null，负数按 0。 */
function StatisticNumber({
  label,
  field,
  step,
  notice,
  onChange,
}: {
  label: string
  field: 'systemsBuilt' | 'lossRecovered'
  step?: string
  notice: Notice
  onChange: Update
}) {
  return (
    <Field label={label} path={['statistics', field]}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={0}
          step={step}
          value={notice.statistics[field] ?? ''}
          onChange={(e) => onChange((n) => ({ ...n, statistics: { ...n.statistics, [field]: toNumber(e.target.value) } }))}
        />
      )}
    </Field>
  )
}

export function InfoPanel() {
  const store = useDocumentStore()
  const notice = useNotice()
  const onChange: Update = (fn) => store.update(fn)
  const m = notice.meta
  const setMeta = (patch: Partial<Notice['meta']>) => onChange((n) => ({ ...n, meta: { ...n.meta, ...patch } }))
  const kind = m.kind
  const address = notice.contact.addresses[0]
  return (
    <form className="panel info" aria-label="信息" onSubmit={(e) => e.preventDefault()}>
      <h2 className="panel-title">信息</h2>
      <ItemFields />
      <fieldset>
        <legend>{kind}信息</legend>
        {/* 这些字段生成导语：导语为手写时，说明写在字段这里 */}
        <HandWrittenNote part="lead" />
        <TextField
          label="发文机关全称"
          path={['meta', 'issuer', 'fullName']}
          value={m.issuer.fullName}
          placeholder="中共青山县委"
          onChange={(v) =>
            onChange((n) => ({
              ...n,
              meta: { ...n.meta, issuer: { ...n.meta.issuer, fullName: v } },
              signature: n.signature.org === n.meta.issuer.fullName ? { ...n.signature, org: v } : n.signature,
            }))
          }
        />
        <TextField
          label="发文机关简称"
          path={['meta', 'issuer', 'shortName']}
          value={m.issuer.shortName}
          placeholder="青山县委"
          onChange={(v) => setMeta({ issuer: { ...m.issuer, shortName: v } })}
        />
        <TextField
          label={`${kind}主体`}
          path={['meta', 'level']}
          value={m.level}
          placeholder={kind === '巡视' ? '省委' : '市委'}
          onChange={(v) => setMeta({ level: v })}
        />
        <TextField
          label="轮次"
          path={['meta', 'roundLabel']}
          value={m.roundLabel}
          placeholder={roundLabelExample(m)}
          onChange={(v) => setMeta({ roundLabel: v })}
        />
        <TextField
          label={`${kind}组`}
          path={['meta', 'inspectionGroup']}
          value={m.inspectionGroup}
          placeholder={kind === '巡视' ? '省委第五巡视组' : '市委第二巡察组'}
          onChange={(v) => setMeta({ inspectionGroup: v })}
        />
        <TextField
          label={`被${kind}对象`}
          path={['meta', 'target']}
          value={m.target ?? ''}
          placeholder="默认用简称"
          onChange={(v) => setMeta({ target: v || null })}
        />
        <TextField
          label="专项主题（可不填）"
          path={['meta', 'topic']}
          value={m.topic ?? ''}
          placeholder="优化营商环境"
          onChange={(v) => setMeta({ topic: v || null })}
        />
        <DateField
          label={`${kind}开始日期`}
          path={['meta', 'period', 'start']}
          value={m.period.start}
          onChange={(v) => setMeta({ period: { ...m.period, start: v } })}
        />
        <DateField
          label={`${kind}结束日期`}
          path={['meta', 'period', 'end']}
          value={m.period.end}
          onChange={(v) => setMeta({ period: { ...m.period, end: v } })}
        />
        <DateField label="反馈日期" path={['meta', 'feedbackDate']} value={m.feedbackDate} onChange={(v) => setMeta({ feedbackDate: v })} />
        <Field label="通报类别" path={['meta', 'reportKind']}>
          {(id) => (
            <select id={id} value={m.reportKind} onChange={(e) => setMeta({ reportKind: e.target.value as Notice['meta']['reportKind'] })}>
              <option value="整改进展情况">整改进展情况</option>
              <option value="整改情况">整改情况（最终）</option>
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>标题与导语</legend>
        <CheckField
          id="override-title"
          label="手写标题（不勾选时由以上信息自动生成）"
          checked={notice.title.override !== null}
          onChange={(on) => onChange((n) => ({ ...n, title: { override: on ? noticeTitle(n) : null } }))}
        />
        <Field label="标题" path={['title']}>
          {(id) => (
            <textarea
              id={id}
              rows={2}
              value={noticeTitle(notice)}
              readOnly={notice.title.override === null}
              onChange={(e) => onChange((n) => ({ ...n, title: { override: e.target.value } }))}
            />
          )}
        </Field>
        <CheckField
          id="override-lead"
          label="手写导语"
          checked={notice.lead.override !== null}
          onChange={(on) => onChange(on ? writeOverride('lead', (n) => generatedText(n, 'lead')) : useGenerated('lead'))}
        />
        <Field label="导语" path={['lead']}>
          {(id) => (
            <textarea
              id={id}
              rows={5}
              value={RichText.text(noticeLead(notice))}
              readOnly={notice.lead.override === null}
              onChange={(e) => onChange(writeOverride('lead', () => RichText.of(...e.target.value.split('\n'))))}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>统计数字（可不填）</legend>
        <HandWrittenNote part="statistics" />
        {COUNT_FIELDS.map(([key, label]) => (
          <CountField
            key={key}
            label={label}
            unit="人"
            path={['statistics', key]}
            value={notice.statistics[key] as Count}
            onChange={(c) => onChange((n) => ({ ...n, statistics: { ...n.statistics, [key]: c } }))}
            messages={<FindingsAt path={['statistics', key]} />}
          />
        ))}
        <StatisticNumber label="建立完善制度（项）" field="systemsBuilt" notice={notice} onChange={onChange} />
        <StatisticNumber label="挽回经济损失（万元）" field="lossRecovered" step="0.01" notice={notice} onChange={onChange} />
        <LinesField
          label="其他统计事实（每行一项，可不填）"
          path={['statistics', 'extraFacts']}
          value={notice.statistics.extraFacts}
          placeholder="追回违规资金320万元"
          onChange={(extraFacts) => onChange((n) => ({ ...n, statistics: { ...n.statistics, extraFacts } }))}
        />
        <FindingsAt path={['statistics', 'extraFacts']} />
        <HandWrittenParagraph part="statistics" label="手写统计段落（勾选后以上数字不再生成段落）" notice={notice} onChange={onChange} />
      </fieldset>

      <fieldset>
        <legend>联系方式</legend>
        <HandWrittenNote part="contact" />
        <ContactInput label="联系电话" field="phones" notice={notice} onChange={onChange} placeholder="0577-88001234（多个用顿号分开）" />
        <Field label="地址类别" path={['contact', 'addresses', 0, 'label']}>
          {(id) => (
            <select
              id={id}
              value={address?.label ?? '邮政信箱'}
              onChange={(e) => onChange(setAddressLabel(e.target.value as (typeof AddressLabelSchema.options)[number]))}
            >
              {AddressLabelSchema.options.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="地址"
          path={['contact', 'addresses', 0, 'value']}
          value={address?.value ?? ''}
          placeholder="青山县人民路1号县委巡察办"
          onChange={(v) => onChange(setAddressValue(v))}
        />
        <ContactInput label="邮编" field="postcodes" notice={notice} onChange={onChange} placeholder="325000" />
        <ContactInput label="电子邮箱" field="emails" notice={notice} onChange={onChange} placeholder="xczg@example.gov.cn" />
        <ContactInput label="网址" field="websites" notice={notice} onChange={onChange} placeholder="可不填" />
        <HandWrittenParagraph part="contact" label="手写联系方式段落（勾选后以上各项不再生成段落）" notice={notice} onChange={onChange} />
      </fieldset>

      <fieldset>
        <legend>落款</legend>
        <TextField
          label="落款单位"
          path={['signature', 'org']}
          value={notice.signature.org}
          placeholder="中共青山县委"
          onChange={(v) => onChange((n) => ({ ...n, signature: { ...n.signature, org: v } }))}
        />
        <DateField
          label="成文日期"
          path={['signature', 'date']}
          value={notice.signature.date}
          onChange={(v) => onChange((n) => ({ ...n, signature: { ...n.signature, date: v } }))}
        />
      </fieldset>
    </form>
  )
}
