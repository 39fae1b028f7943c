/**
 * 信息面板：当前条目的时限与责任单位、巡视/巡察信息、标题与导语（默认自动生成）、统计数字及细分、联系方式、落款。
 * 各栏下的提示就是检查结果中该栏路径上的那些（field-findings.ts），与检查面板同出一源；
 * 导语、统计、联系方式为原文手写时，在该组栏目上方说明并预览按表单生成的段落（HandWrittenNote）。
 */
import { type ReactNode, useId, useState } from 'react'
import { contactText, noticeLead, noticeTitle, statisticsText } from '../../core/derive'
import { generatedText, HAND_WRITTEN_LABEL, type HandWrittenPart } from '../../core/derive/hand-written'
import { AddressLabelSchema, type Count, type Notice, type Path, RichText } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { roundLabelExample } from '../../core/template/examples'
import { fieldId } from '../app/jump'
import { CountField } from './count-field'
import { fieldFindings } from './field-findings'
import { type ContactField, setAddressLabel, setAddressValue, setContactValues, useGenerated } from './info-actions'
import { LinesField } from './lines-field'
import { DateInput } from './date-input'
import { useDocumentStore, useFindings, useNotice } from '../document/use-document'
import { ItemFields } from './item-fields'
import { splitValues } from './split-values'

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
  const stored = notice.contact[field].join('、')
  const [draft, setDraft] = useState(stored)
  // 别处（快速修复、撤销）改了联系方式时，输入框跟上；用户正在输入的原样保留。
  const [seen, setSeen] = useState(stored)
  if (stored !== seen) {
    setSeen(stored)
    if (splitValues(draft).join('、') !== stored) setDraft(stored)
  }
  return (
    <Field label={label} path={['contact', field]}>
      {(id, d) => (
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          aria-describedby={d}
          onChange={(e) => {
            setDraft(e.target.value)
            onChange(setContactValues(field, splitValues(e.target.value)))
          }}
        />
      )}
    </Field>
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
        <div className="field check">
          <input
            id="override-title"
            type="checkbox"
            checked={notice.title.override !== null}
            onChange={(e) => onChange((n) => ({ ...n, title: { override: e.target.checked ? noticeTitle(n) : null } }))}
          />
          <label htmlFor="override-title">手写标题（不勾选时由以上信息自动生成）</label>
        </div>
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
        <div className="field check">
          <input
            id="override-lead"
            type="checkbox"
            checked={notice.lead.override !== null}
            onChange={(e) => onChange((n) => ({ ...n, lead: { override: e.target.checked ? noticeLead(n) : null } }))}
          />
          <label htmlFor="override-lead">手写导语</label>
        </div>
        <Field label="导语" path={['lead']}>
          {(id) => (
            <textarea
              id={id}
              rows={5}
              value={RichText.text(noticeLead(notice))}
              readOnly={notice.lead.override === null}
              onChange={(e) => onChange((n) => ({ ...n, lead: { override: RichText.of(...e.target.value.split('\n')) } }))}
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
        <Field label="建立完善制度（项）" path={['statistics', 'systemsBuilt']}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              value={notice.statistics.systemsBuilt ?? ''}
              onChange={(e) => onChange((n) => ({ ...n, statistics: { ...n.statistics, systemsBuilt: toNumber(e.target.value) } }))}
            />
          )}
        </Field>
        <Field label="挽回经济损失（万元）" path={['statistics', 'lossRecovered']}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              step="0.01"
              value={notice.statistics.lossRecovered ?? ''}
              onChange={(e) => onChange((n) => ({ ...n, statistics: { ...n.statistics, lossRecovered: toNumber(e.target.value) } }))}
            />
          )}
        </Field>
        <LinesField
          label="其他统计事实（每行一项，可不填）"
          path={['statistics', 'extraFacts']}
          value={notice.statistics.extraFacts}
          placeholder="追回违规资金320万元"
          onChange={(extraFacts) => onChange((n) => ({ ...n, statistics: { ...n.statistics, extraFacts } }))}
        />
        <FindingsAt path={['statistics', 'extraFacts']} />
        <div className="field check">
          <input
            id="override-statistics"
            type="checkbox"
            checked={notice.statistics.override !== null}
            onChange={(e) =>
              onChange((n) => ({ ...n, statistics: { ...n.statistics, override: e.target.checked ? statisticsText(n) : null } }))
            }
          />
          <label htmlFor="override-statistics">手写统计段落（勾选后以上数字不再生成段落）</label>
        </div>
        {notice.statistics.override !== null && (
          <Field label="统计段落" path={['statistics', 'override']}>
            {(id) => (
              <textarea
                id={id}
                rows={4}
                value={RichText.text(notice.statistics.override ?? [])}
                onChange={(e) =>
                  onChange((n) => ({ ...n, statistics: { ...n.statistics, override: RichText.of(...e.target.value.split('\n')) } }))
                }
              />
            )}
          </Field>
        )}
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
        <div className="field check">
          <input
            id="override-contact"
            type="checkbox"
            checked={notice.contact.override !== null}
            onChange={(e) => onChange((n) => ({ ...n, contact: { ...n.contact, override: e.target.checked ? contactText(n) : null } }))}
          />
          <label htmlFor="override-contact">手写联系方式段落（勾选后以上各项不再生成段落）</label>
        </div>
        {notice.contact.override !== null && (
          <Field label="联系方式段落" path={['contact', 'override']}>
            {(id) => (
              <textarea
                id={id}
                rows={4}
                value={RichText.text(notice.contact.override ?? [])}
                onChange={(e) =>
                  onChange((n) => ({ ...n, contact: { ...n.contact, override: RichText.of(...e.target.value.split('\n')) } }))
                }
              />
            )}
          </Field>
        )}
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
