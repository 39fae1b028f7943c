// 导入的联系方式只有一份真实来源：每份样例导入后，经信息面板同一组修改（store.update + info-actions）改每个联系渠道，
// 导出的 .docx 和网页都显示新值；TB011 对同一个号码只报一次。
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { disagreements } from '../../core/derive/hand-written'
import { exportDocx } from '../../core/export/docx'
import { exportHtmlPage } from '../../core/export/html'
import { importFromText } from '../../core/import/import-from-text'
import { RichText } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { DocumentStore } from '../../renderer/document/store'
import { setAddressValue, setContactValues } from '../../renderer/panels/info-actions'
import { seedNames, seedText } from '../support/seeds'

const docxText = async (store: DocumentStore) => {
  const xml = strFromU8(unzipSync(await exportDocx(store.flush()))['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}
const htmlText = (store: DocumentStore) => exportHtmlPage(store.flush()).replace(/<[^>]+>/g, '')

/** 一条结果说的是哪个号码：字段上的取字段值，段落里的取范围内的文字。 */
function valueOf(store: DocumentStore, f: Finding): string {
  const n = store.getNotice()
  const [part, key, index] = f.location.path
  if (part === 'contact' && key !== 'override') return (n.contact as unknown as Record<string, string[]>)[key as string]![index as number]!
  const text = RichText.texts(n.contact.override ?? [])[index as number] ?? ''
  return f.location.range ? text.slice(...f.location.range) : text
}

const tb011 = (store: DocumentStore) => (store.getFindings() ?? []).filter((f) => f.rule === 'TB011' && f.location.path[0] === 'contact')

describe.each(seedNames())('样例 %s：改联系方式，导出跟着变', (seed) => {
  it('改电话、地址、邮编、邮箱、网址后，.docx 和网页都显示新值，旧值不再出现；手写段落的其余措辞不变', async () => {
    const { notice } = importFromText(seedText(seed))
    const store = new DocumentStore(notice)
    const original = notice.contact.override && RichText.text(notice.contact.override)
    const old = notice.contact
    const edits: [string, (s: DocumentStore) => void, string | undefined][] = [
      ['0571-86012345', (s) => s.update(setContactValues('phones', ['0571-86012345', ...old.phones.slice(1)])), old.phones[0]],
      ['浙江省青山县人民大道1号县委办公室', (s) => s.update(setAddressValue('浙江省青山县人民大道1号县委办公室')), old.addresses[0]?.value],
      ['311300', (s) => s.update(setContactValues('postcodes', ['311300'])), old.postcodes[0]],
      ['qsxwxc@example.gov.cn', (s) => s.update(setContactValues('emails', ['qsxwxc@example.gov.cn'])), old.emails[0]],
      ['www.example.gov.cn', (s) => s.update(setContactValues('websites', ['www.example.gov.cn'])), old.websites[0]],
    ]
    for (const [value, edit, replaced] of edits) {
      edit(store)
      const html = htmlText(store)
      expect(html, value).toContain(value)
      if (replaced) expect(html, replaced).not.toContain(replaced)
      // 改进了手写段落，或按字段生成：字段与导出的段落没有不一致
      expect(disagreements(store.getNotice()).filter((d) => d.part === 'contact')).toEqual([])
    }
    const docx = await docxText(store)
    for (const [value, , replaced] of edits) {
      expect(docx).toContain(value)
      if (replaced) expect(docx).not.toContain(replaced)
    }
    // 手写段落保留时，第一个联系渠道之前的原话（开头语、“联系方式”之类）一字未动
    const now = store.getNotice().contact.override
    if (original !== null && now !== null) {
      const firstValue = Math.min(
        ...[old.phones[0], old.addresses[0]?.value].filter((v): v is string => !!v).map((v) => original.indexOf(v)),
      )
      expect(RichText.text(now).startsWith(original.slice(0, firstValue))).toBe(true)
    }
    // 一步一撤销：五次修改撤回后回到导入时的联系方式
    for (let i = 0; i < edits.length; i++) store.undo()
    expect(store.getNotice().contact).toEqual(notice.contact)
  })

  it('TB011 对每个号码只报一次；按它改正后导出也改正', async () => {
    const store = new DocumentStore(importFromText(seedText(seed)).notice)
    const counts = (s: DocumentStore) => {
      const byValue = new Map<string, number>()
      for (const f of tb011(s)) byValue.set(valueOf(s, f), (byValue.get(valueOf(s, f)) ?? 0) + 1)
      return [...byValue.values()]
    }
    expect(counts(store).every((c) => c === 1)).toBe(true)
    store.update(setContactValues('phones', ['0571—86012345']))
    const found = tb011(store)
    expect(found).toHaveLength(1)
    expect(found[0]!.location.path).toEqual(['contact', 'phones', 0])
    store.applyFix(found[0]!.fix!)
    expect(tb011(store)).toEqual([])
    expect(htmlText(store)).toContain('0571-86012345')
    expect(await docxText(store)).toContain('0571-86012345')
  })
})
