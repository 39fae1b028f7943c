// 打字后光标滚进视野（renderer/editor/scroll-caret.ts）：滚动区竖着要滚多少，何时交给 slate-react 的默认做法。
import { describe, expect, it } from 'vitest'
import { caretScrollDelta } from '../../renderer/editor/scroll-caret'

// 可视区：纸面所在的滚动区，视口坐标，不含滚动条
const visible = { top: 70, bottom: 873, left: 250, right: 1120 }
const caretAt = (top: number, left = 480, height = 24) => ({ top, bottom: top + height, left, right: left, width: 0, height })

describe('光标滚进视野', () => {
  it('在可视区里：不滚', () => {
    expect(caretScrollDelta(caretAt(400), visible)).toBe(0)
    expect(caretAt(849).bottom).toBe(visible.bottom)
    expect(caretScrollDelta(caretAt(849), visible)).toBe(0)
  })

  it('贴着底边、因行位置的小数多出不到 1 像素：算看得见，不滚（否则停在底边打字时每键都走默认做法）', () => {
    expect(caretScrollDelta(caretAt(849.3125), visible)).toBe(0)
    expect(caretScrollDelta(caretAt(70 - 0.4), visible)).toBe(0)
  })

  it('换行后到了底边以下：往下滚到整行露出，滚动量取整后不会再差零点几像素', () => {
    const delta = caretScrollDelta(caretAt(878.3125), visible)!
    expect(delta).toBe(30)
    expect(caretAt(878.3125 - delta).bottom).toBeLessThanOrEqual(visible.bottom)
  })

  it('在顶边以上：往上滚到整行露出', () => {
    const delta = caretScrollDelta(caretAt(40.5), visible)!
    expect(delta).toBe(-30)
    expect(40.5 - delta).toBeGreaterThanOrEqual(visible.top)
  })

  it('量不出尺寸（Chrome 里空行的折叠范围）或横向出了界：交给默认做法', () => {
    expect(caretScrollDelta({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }, visible)).toBeNull()
    expect(caretScrollDelta(caretAt(400, 1130), visible)).toBeNull()
    expect(caretScrollDelta(caretAt(400, 200), visible)).toBeNull()
  })
})
