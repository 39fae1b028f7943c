// 启动后的字体预热按纸面的各档缩放各排一次（renderer/styles/warm-fonts.ts）：缩放的档位从样式表读出。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { paperZooms, type RuleLike } from '../../renderer/styles/warm-fonts'

const rule = (selectorText: string, zoom?: string): RuleLike => ({ selectorText, style: zoom ? { zoom } : {} })
const group = (...cssRules: RuleLike[]): RuleLike => ({ cssRules })

describe('纸面的缩放档位', () => {
  it('1 与 @container（及其他分组规则）里给 .paper 的各档 zoom；别的选择器、没有 zoom 的 .paper 不算', () => {
    const sheet = {
      cssRules: [
        rule('.paper'),
        rule('.desk', '0.5'),
        group(rule('.paper', '0.88')),
        group(group(rule('.paper', '0.76')), rule('.paper .item', '0.3')),
        group(rule('.paper', '0.64')),
      ],
    }
    expect(paperZooms([sheet]).sort()).toEqual([0.64, 0.76, 0.88, 1])
  })

  it('读不到规则的样式表跳过，不影响别的表', () => {
    const blocked = {
      get cssRules(): ArrayLike<RuleLike> {
        throw new Error('SecurityError')
      },
    }
    expect(paperZooms([blocked, { cssRules: [group(rule('.paper', '0.88'))] }]).sort()).toEqual([0.88, 1])
  })

  it('paper.css 里的 @container 规则确实以 `.paper { zoom: … }` 的写法给出缩放（预热读的就是它）', () => {
    const css = readFileSync(join(import.meta.dirname, '../../renderer/styles/paper.css'), 'utf8')
    const blocks = [...css.matchAll(/@container[^{]*\{\s*\.paper\s*\{([^}]*)\}/g)].map((m) => m[1]!)
    expect(blocks.length).toBeGreaterThanOrEqual(1)
    for (const b of blocks) expect(b).toMatch(/(^|[\s;])zoom:\s*0\.\d+/)
  })
})
