/**
 * 导入整改台账：（调用方在用户的点击里选好文件）→ 列对应（选工作表、表头行，逐列确认或改动）→ 看结果（新建通报，或并入当前通报时的
 * 新增、更新、未对上三张清单）→ 接受。确认过的列对应按表头式样（layoutKey）记在本机，下次同样的台账直接套用。
 */
import { useEffect, useMemo, useState } from 'react'
import type { PickedFile, TongbaoHost } from '../../core/bridge/host'
import type { LedgerImport } from '../../core/ledger/import-ledger'
import {
  detectMapping,
  FIELD_LABELS,
  LEDGER_FIELDS,
  layoutKey,
  type LedgerField,
  type LedgerMapping,
  mappingFor,
  mappingProblem,
} from '../../core/ledger/mapping'
import type { LedgerMergePlan } from '../../core/ledger/merge-ledger'
import type { LedgerWorkbook } from '../../core/ledger/sheet'
import type { InspectionKind, Notice } from '../../core/model'
import { noticeFileName } from '../../core/derive/file-name'
import { formatMessage } from '../../core/messages/format'
import { IsoDate } from '../../core/model/dates'
import { isOpenError } from '../../core/project/errors'
import type { Finding } from '../../core/rules/types'
import { Modal } from './modal'

/** 读表、建树、并入按需加载（列对应的名称表很小，静态引入）；解压和解析在工作线程里。 */
const ledgerModules = async () => {
  const [io, merge] = await Promise.all([import('../../core/ledger/import-ledger'), import('../../core/ledger/merge-ledger')])
  return { ...io, ...merge, detectMapping, layoutKey, mappingFor, mappingProblem }
}
type Modules = Awaited<ReturnType<typeof ledgerModules>>

/** 记住的列对应：键是表头式样，值是各列的对应。存不下（隐私模式）时只是不记，不妨碍导入。 */
const remembered = {
  get(key: string, width: number): LedgerField[] | null {
    try {
      const v = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown
      return Array.isArray(v) && v.length === width && v.every((f) => (LEDGER_FIELDS as readonly string[]).includes(f))
        ? (v as LedgerField[])
        : null
    } catch {
      return null
    }
  },
  set(key: string, fields: LedgerField[]): void {
    try {
      localStorage.setItem(key, JSON.stringify(fields))
    } catch {
      // 记不下也照常导入
    }
  },
}

type ReadReply = { kind: 'ok'; workbook: LedgerWorkbook } | { kind: 'error'; message: string | null }

/**
 * 在工作线程里读台账文件；返回结果与取消（结束线程）。没有工作线程可用时（极旧的环境）退回到界面线程里读。
 * 读不了时 reject 的是给用户看的中文说明（字符串）。
 */
function readLedger(file: PickedFile, modules: Promise<Modules>): { result: Promise<LedgerWorkbook>; cancel(): void } {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./ledger-reader.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  const unreadable = `无法读取“${file.ref.name}”：文件已损坏或不是整改台账。原文件未被改动。`
  if (!worker) {
    return {
      result: modules
        .then((m) => m.readLedgerFile({ name: file.ref.name, bytes: file.bytes }))
        .catch((e: unknown) => Promise.reject(isOpenError(e) ? e.message : unreadable)),
      cancel: () => undefined,
    }
  }
  const w = worker
  const result = new Promise<LedgerWorkbook>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<ReadReply>) => {
      w.terminate()
      if (e.data.kind === 'ok') resolve(e.data.workbook)
      else reject(e.data.message ?? unreadable)
    }
    w.onerror = () => {
      w.terminate()
      reject(unreadable)
    }
  })
  w.postMessage({ name: file.ref.name, bytes: file.bytes })
  return { result, cancel: () => w.terminate() }
}

type Step =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'mapping'; file: PickedFile; workbook: LedgerWorkbook; mapping: LedgerMapping; recalled: boolean }
  | {
      kind: 'review'
      file: PickedFile
      workbook: LedgerWorkbook
      mapping: LedgerMapping
      imported: LedgerImport
      plan: LedgerMergePlan | null
    }

interface Props {
  /** 选好的台账文件（浏览器只在用户点击的当下允许弹出选文件框，所以由调用方在点击里选） */
  file: PickedFile
  /** 当前打开的通报；有时可选择并入。 */
  current: Notice | null
  onNew(notice: Notice, findings: Finding[]): void
  onMerge(notice: Notice): void
  onClose(): void
}

export function LedgerImportDialog({ file, current, onNew, onMerge, onClose }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'loading' })
  const [modules, setModules] = useState<Modules | null>(null)
  const [merge, setMerge] = useState(current !== null)
  const [kind, setKind] = useState<InspectionKind | null>(null)

  useEffect(() => {
    let live = true
    const modulesLoading = ledgerModules()
    const reading = readLedger(file, modulesLoading)
    void (async () => {
      try {
        const m = await modulesLoading
        const workbook = await reading.result
        const detected = m.defaultMapping(workbook) ?? m.mappingFor(workbook.sheets[0]!, 0, 0, 0)
        const fields = remembered.get(m.layoutKey(detected), detected.fields.length)
        if (!live) return
        setModules(m)
        setStep({ kind: 'mapping', file, workbook, mapping: fields ? { ...detected, fields } : detected, recalled: fields !== null })
      } catch (e) {
        if (live)
          setStep({
            kind: 'error',
            message:
              typeof e === 'string'
                ? e
                : isOpenError(e)
                  ? e.message
                  : `无法读取“${file.ref.name}”：文件已损坏或不是整改台账。原文件未被改动。`,
          })
      }
    })()
    return () => {
      live = false
      reading.cancel()
    }
  }, [file])

  const review = (s: Extract<Step, { kind: 'mapping' }>) => {
    if (!modules) return
    try {
      const imported = modules.importLedger(s.workbook, s.mapping, s.file.ref.name, IsoDate.today())
      setKind(imported.kind)
      setStep({ ...s, kind: 'review', imported, plan: current ? modules.mergeLedger(current, imported) : null })
    } catch (e) {
      setStep({ kind: 'error', message: isOpenError(e) ? e.message : '按这样的列对应读不出台账的内容，请检查列对应。' })
    }
  }

  const accept = (s: Extract<Step, { kind: 'review' }>) => {
    if (!modules) return
    remembered.set(modules.layoutKey(s.mapping), s.mapping.fields)
    if (merge && s.plan) onMerge(s.plan.notice)
    else onNew(modules.ledgerNotice(s.imported, kind ?? '巡视'), s.imported.findings)
  }

  return (
    <Modal title="导入整改台账" onClose={onClose} wide>
      {step.kind === 'loading' && (
        <>
          <p role="status">正在读取台账“{file.ref.name}”…</p>
          <div className="modal-actions">
            <button type="button" onClick={onClose}>
              取消
            </button>
          </div>
        </>
      )}
      {step.kind === 'error' && (
        <>
          <p role="alert">{step.message}</p>
          <div className="modal-actions">
            <button type="button" onClick={onClose}>
              关闭
            </button>
          </div>
        </>
      )}
      {step.kind === 'mapping' && modules && (
        <MappingStep step={step} modules={modules} onChange={setStep} onNext={() => review(step)} onCancel={onClose} />
      )}
      {step.kind === 'review' && (
        <ReviewStep
          step={step}
          merge={merge}
          canMerge={current !== null}
          kind={kind}
          onMerge={setMerge}
          onKind={setKind}
          onBack={() => setStep({ kind: 'mapping', file: step.file, workbook: step.workbook, mapping: step.mapping, recalled: false })}
          onAccept={() => accept(step)}
        />
      )}
    </Modal>
  )
}

function MappingStep({
  step,
  modules,
  onChange,
  onNext,
  onCancel,
}: {
  step: Extract<Step, { kind: 'mapping' }>
  modules: Modules
  onChange(s: Step): void
  onNext(): void
  onCancel(): void
}) {
  const { workbook, mapping } = step
  const sheet = workbook.sheets[mapping.sheet]!
  const sample = useMemo(() => {
    // 每列的示例：表头下第一行有字的格子
    const rows = sheet.rows.slice(mapping.headerBottom + 1, mapping.headerBottom + 30)
    const shown = (cell: LedgerWorkbook['sheets'][number]['rows'][number][number]) =>
      cell?.date ? IsoDate.toChinese(cell.date) : (cell?.text.trim() ?? '')
    return mapping.labels.map((_, c) => rows.map((r) => shown(r[c] ?? null)).find((t) => t !== '') ?? '')
  }, [sheet, mapping])
  const problem = modules.mappingProblem(mapping)
  const setMapping = (m: LedgerMapping) => onChange({ ...step, mapping: m, recalled: false })
  const setHeader = (top: number, bottom: number) => {
    const t = Math.max(0, Math.min(top, sheet.rows.length - 1))
    setMapping(modules.mappingFor(sheet, mapping.sheet, t, Math.max(t, Math.min(bottom, t + 2))))
  }
  return (
    <>
      <p className="muted">
        请核对台账各列对应的内容；自动识别不对的，在右侧改过来。确认过的对应会记住，下次导入同样格式的台账时自动套用。
      </p>
      {step.recalled && <p role="status">已按上次确认的列对应填好。</p>}
      <div className="ledger-row">
        {workbook.sheets.length > 1 && (
          <label>
            工作表{' '}
            <select
              value={mapping.sheet}
              onChange={(e) => {
                const i = Number(e.target.value)
                setMapping(modules.detectMapping(workbook.sheets[i]!, i) ?? modules.mappingFor(workbook.sheets[i]!, i, 0, 0))
              }}
            >
              {workbook.sheets.map((s, i) => (
                <option key={i} value={i}>
                  {s.name}
                  {s.hidden ? '（隐藏）' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          表头从第{' '}
          <input
            type="number"
            min={1}
            value={mapping.headerTop + 1}
            onChange={(e) => setHeader(Number(e.target.value) - 1, mapping.headerBottom + (Number(e.target.value) - 1 - mapping.headerTop))}
          />{' '}
          行
        </label>
        <label>
          到第{' '}
          <input
            type="number"
            min={1}
            value={mapping.headerBottom + 1}
            onChange={(e) => setHeader(mapping.headerTop, Number(e.target.value) - 1)}
          />{' '}
          行
        </label>
      </div>
      <table className="ledger-mapping">
        <thead>
          <tr>
            <th scope="col">列</th>
            <th scope="col">表头</th>
            <th scope="col">示例</th>
            <th scope="col">对应为</th>
          </tr>
        </thead>
        <tbody>
          {mapping.labels.map((label, c) => (
            <tr key={c}>
              <td>{c + 1}</td>
              <td>{label || '（空）'}</td>
              <td className="muted" title={sample[c]}>
                {sample[c]!.length > 16 ? `${sample[c]!.slice(0, 16)}…` : sample[c]}
              </td>
              <td>
                <select
                  aria-label={`第${c + 1}列“${label || '（空）'}”对应为`}
                  value={mapping.fields[c]}
                  onChange={(e) =>
                    setMapping({ ...mapping, fields: mapping.fields.map((f, k) => (k === c ? (e.target.value as LedgerField) : f)) })
                  }
                >
                  {LEDGER_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {workbook.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      {problem && <p role="alert">{problem}</p>}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" disabled={problem !== null} onClick={onNext}>
          确认列对应，下一步
        </button>
      </div>
    </>
  )
}

function ReviewStep({
  step,
  merge,
  canMerge,
  kind,
  onMerge,
  onKind,
  onBack,
  onAccept,
}: {
  step: Extract<Step, { kind: 'review' }>
  merge: boolean
  canMerge: boolean
  kind: InspectionKind | null
  onMerge(v: boolean): void
  onKind(k: InspectionKind): void
  onBack(): void
  onAccept(): void
}) {
  const l = step.imported.link
  const plan = step.plan
  return (
    <>
      <p role="status">
        台账“{l.sheet}”中有 {l.aspects} 个方面、{l.problems} 个问题、{l.measures} 条措施；已完成 {l.done} 个，基本完成 {l.basicallyDone}{' '}
        个，持续推进 {l.ongoing} 个。
      </p>
      {step.imported.findings.map((f) => (
        <p key={f.message} className="muted">
          {f.message}
        </p>
      ))}
      <fieldset>
        <legend>导入为</legend>
        <label>
          <input type="radio" name="ledger-target" checked={!merge} onChange={() => onMerge(false)} /> 新的通报
        </label>
        {!merge && (
          <select aria-label="通报类型" value={kind ?? '巡视'} onChange={(e) => onKind(e.target.value as InspectionKind)}>
            <option value="巡视">巡视整改通报</option>
            <option value="巡察">巡察整改通报</option>
          </select>
        )}
        {canMerge && (
          <label>
            <input type="radio" name="ledger-target" checked={merge} onChange={() => onMerge(true)} /> 并入当前通报（按问题原文对应）
          </label>
        )}
      </fieldset>
      {merge && plan && (
        <div className="ledger-plan">
          <h3>更新 {plan.updated.length} 个问题</h3>
          <ul>
            {plan.updated.map((u) => (
              <li key={u.path.join('/')}>
                {u.title}：{u.changes.join('；')}
              </li>
            ))}
          </ul>
          <h3>新增 {plan.added.length} 个问题</h3>
          <ul>
            {plan.added.map((a, i) => (
              <li key={i}>
                {a.aspect ? `${a.aspect} › ` : ''}
                {a.title}
              </li>
            ))}
          </ul>
          <h3>通报中有、台账中没有的问题 {plan.unmatched.length} 个（不改动）</h3>
          <ul>
            {plan.unmatched.map((u) => (
              <li key={u.path.join('/')}>{u.title}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onBack}>
          返回列对应
        </button>
        <button type="button" className="primary" onClick={onAccept}>
          {merge ? '接受并入' : '导入为新通报'}
        </button>
      </div>
    </>
  )
}

/** 导出整改台账：生成 .xlsx 交给宿主保存（对话框或下载）。失败时返回给用户看的说明，成功或取消时返回 null。 */
export async function exportLedgerFile(host: TongbaoHost, notice: Notice): Promise<string | null> {
  try {
    const { exportLedger } = await import('../../core/ledger/export-ledger')
    const name = noticeFileName(notice, 'xlsx', '整改台账')
    const result = await host.saveExport(exportLedger(notice), name, 'ledger')
    return result.ok ? null : formatMessage(result)
  } catch {
    return '无法导出整改台账：通报内容不完整。请在“检查”面板中查看。'
  }
}
