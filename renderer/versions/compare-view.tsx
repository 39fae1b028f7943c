/** 比较的结果：改动的个数，再按部分逐条列出改写、新增、删除与移动；段内删去的字划掉、加入的字加底色。 */
import type { ChangeKind, Comparison, ComparedUnit } from '../../core/compare/compare-notices'
import type { DiffOp } from '../../core/compare/text-diff'

const KIND_LABEL: Record<Exclude<ChangeKind, 'same'>, string> = { changed: '改写', inserted: '新增', deleted: '删除', moved: '移动' }

function Ops({ ops }: { ops: DiffOp[] }) {
  return (
    <p className="compare-para">
      {ops.map((op, i) =>
        op.kind === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.kind === 'insert' ? (
          <ins key={i}>{op.text}</ins>
        ) : (
          <del key={i}>{op.text}</del>
        ),
      )}
    </p>
  )
}

/** 一条里没改的段落很长时只留改了的段落。 */
function UnitView({ unit }: { unit: ComparedUnit }) {
  const kind = unit.kind as Exclude<ChangeKind, 'same'>
  const shown = unit.kind === 'changed' ? unit.paragraphs.filter((ops) => ops.some((op) => op.kind !== 'equal')) : unit.paragraphs
  return (
    <li className={`compare-unit compare-${unit.kind}`}>
      <div className="compare-unit-head">
        <span className="compare-kind">{KIND_LABEL[kind]}</span>
        <span className="compare-label">{unit.label}</span>
        {unit.from && (
          <span className="compare-from">
            （{unit.from}
            {unit.edited ? '；文字也有改动' : ''}）
          </span>
        )}
      </div>
      {(unit.kind !== 'moved' || unit.edited) && shown.map((ops, i) => <Ops key={i} ops={ops} />)}
    </li>
  )
}

export function CompareView({ comparison, before, after }: { comparison: Comparison; before: string; after: string }) {
  const { counts } = comparison
  const parts = comparison.parts.map((p) => ({ ...p, units: p.units.filter((u) => u.kind !== 'same') })).filter((p) => p.units.length > 0)
  return (
    <section className="compare" aria-label="比较结果">
      <p className="compare-summary" role="status">
        “{before}”→“{after}”：改写 {counts.changed} 处，新增 {counts.inserted} 处，删除 {counts.deleted} 处，移动 {counts.moved} 处
      </p>
      {parts.length === 0 && <p>两者内容相同。</p>}
      {parts.map((p) => (
        <section key={p.part} className="compare-part">
          <h3>{p.label}</h3>
          <ul>
            {p.units.map((u, i) => (
              <UnitView key={i} unit={u} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
