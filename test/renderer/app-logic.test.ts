import { describe, expect, it } from 'vitest'
import { noticeTitle } from '../../core/derive/title'
import { RichText } from '../../core/model'
import { createNotice } from '../../core/template/new-notice'
import { refreshedBoilerplate } from '../../renderer/document/boilerplate'
import { shortcutCommand } from '../../renderer/app/shortcuts'
import { noticeFileName } from '../../core/derive/file-name'
import { splitValues } from '../../renderer/panels/split-values'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('快捷键', () => {
  it.each([
    [key('s', { ctrlKey: true }), 'save'],
    [key('S', { ctrlKey: true, shiftKey: true }), 'save-as'],
    [key('o', { ctrlKey: true }), 'open'],
    [key('n', { ctrlKey: true }), 'new-xunshi'],
    [key('p', { ctrlKey: true }), 'print-preview'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('F1'), 'help'],
  ])('%o → %s', (e, cmd) => expect(shortcutCommand(e)).toBe(cmd))

  it('普通输入不是快捷键', () => {
    expect(shortcutCommand(key('s'))).toBeNull()
    expect(shortcutCommand(key('s', { ctrlKey: true, altKey: true }))).toBeNull()
  })
})

describe('多值输入框', () => {
  it('顿号、逗号、分号都可分隔', () => {
    expect(splitValues('a、b，c;d')).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('模板套话随信息更新', () => {
  it('未改动的开头语把“××”换成机关简称；改过的不动', () => {
    const before = createNotice('巡视')
    const after = { ...before, meta: { ...before.meta, issuer: { fullName: '中共青山县委', shortName: '青山县委' } } }
    const r = refreshedBoilerplate(before, after)
    expect(RichText.text(r.organization!)).toMatch(/^青山县委把巡视整改/)
    expect(RichText.text(r.nextSteps!)).toMatch(/^下一步，青山县委将/)
    const edited = { ...before, organization: { ...before.organization, paragraphs: RichText.of('自己写的组织情况。') } }
    expect(refreshedBoilerplate(edited, { ...after, organization: edited.organization }).organization).toBeUndefined()
  })
})

describe('导出文件名', () => {
  it('用通报标题，去掉文件名中不能用的字符', () => {
    const n = createNotice('巡察', { issuer: { fullName: '中共青山县委', shortName: '青山县委' }, roundLabel: '十届县委第二轮' })
    n.title.override = '中共青山县委关于"第二轮"巡察/整改情况的通报'
    expect(noticeFileName(n, 'docx')).toBe('中共青山县委关于第二轮巡察整改情况的通报.docx')
    expect(noticeTitle(n)).toContain('/')
  })
})
