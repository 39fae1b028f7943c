/** 纸面：按通报的部分顺序排出标题、导语（自动生成，点“编辑”到信息面板）、三个可编辑部分、统计、联系方式、落款。 */
import { contactText, noticeLead, noticeTitle, statisticsText } from '../../core/derive'
import { IsoDate, type Path, RichText, type SectionKey } from '../../core/model'
import { sectionMarkers } from '../../core/document/numbering'
import { useDocumentStore, useNotice } from '../document/use-document'
import { SectionEditor } from '../editor/section-editor'
import { SECTION_LABEL } from './section-names'

function Derived({
  label,
  path,
  onEdit,
  children,
  className,
}: {
  label: string
  path: Path
  onEdit(p: Path): void
  children: React.ReactNode
  className?: string
}) {
  return (
    <div className={`derived ${className ?? ''}`}>
      {children}
      <button
        type="button"
        className="derived-edit"
        onClick={() => onEdit(path)}
        aria-label={`编辑${label}`}
        title={`${label}由“信息”面板生成，点此编辑`}
      >
        编辑
      </button>
    </div>
  )
}

const paragraphs = (rt: RichText) =>
  rt.map((p, i) => (
    <p key={i} className="para">
      {p.children.map((r) => r.text).join('')}
    </p>
  ))

export function Paper({ onEditField }: { onEditField(path: Path): void }) {
  const { editors } = useDocumentStore()
  const notice = useNotice()
  const markers = sectionMarkers(notice)
  return (
    <article className="paper" aria-label="通报正文">
      {/* 没有标题部分的通报（网页上常见）：页面仍需一个一级标题供读屏软件定位 */}
      {!notice.parts.includes('title') && <h1 className="visually-hidden">{noticeTitle(notice)}</h1>}
      {notice.parts.map((part) => {
        switch (part) {
          case 'title':
            return (
              <Derived key={part} label="标题" path={['title']} onEdit={onEditField} className="title-block">
                <h1 className="doc-title">{noticeTitle(notice)}</h1>
              </Derived>
            )
          case 'lead':
            return (
              <Derived key={part} label="导语" path={['lead']} onEdit={onEditField}>
                {paragraphs(noticeLead(notice))}
              </Derived>
            )
          case 'statistics': {
            const text = statisticsText(notice)
            return (
              <Derived key={part} label="统计数字" path={['statistics', 'partyDiscipline']} onEdit={onEditField}>
                {text.length ? (
                  paragraphs(text)
                ) : (
                  <p className="para hint">（统计数字未填写：处分、问责、制度、挽回损失等，可在“信息”面板中填写；不填则不出现在通报中）</p>
                )}
              </Derived>
            )
          }
          case 'contact':
            return (
              <Derived key={part} label="联系方式" path={['contact', 'phones']} onEdit={onEditField}>
                {paragraphs(contactText(notice))}
              </Derived>
            )
          case 'signature':
            return (
              <Derived key={part} label="落款" path={['signature', 'org']} onEdit={onEditField} className="signature">
                <p className="sig">{notice.signature.org || <span className="hint">（落款单位）</span>}</p>
                <p className="sig">
                  {notice.signature.date ? IsoDate.toChinese(notice.signature.date) : <span className="hint">（成文日期）</span>}
                </p>
              </Derived>
            )
          default: {
            const key = part as SectionKey
            return (
              <section key={key} className="paper-section" aria-label={SECTION_LABEL[key]}>
                <SectionEditor editor={editors[key]} label={SECTION_LABEL[key]} marker={markers[key]} />
              </section>
            )
          }
        }
      })}
    </article>
  )
}
