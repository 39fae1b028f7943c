/**
 * 纸面的公文字体（仿宋、黑体、楷体、小标宋，正文的加粗）在启动后的空闲时先用一次：浏览器第一次用到一种字体时要读入、
 * 解析字体文件（中文字体一个十几到几十 MB），原本都压在第一次打开通报的首次排版里。界面自己的字体不是这几种。
 * 量法见 issue #15 的备注：冷启动的渲染进程里打开最大样例，首次排版约 34 ms。
 *
 * 字体还要按纸面上实际显示的字号各备一份（每种字体、字号一份“字号实例”，建时要向浏览器进程要一次渲染设置）：
 * 纸面随窗口宽度缩放（paper.css 的 @container 规则），1440 像素宽、两侧面板都开着的窗口里纸面是 0.76 倍。所以样字放在纸面的版式里
 * （.paper 的字号、标题与页边标签的类），每种缩放各排一次、各用一个空闲回调。缩放的档位从样式表里读，paper.css 是唯一出处。
 * 最大样例打开时，首次排版里新建的字号实例 10 → 3 个，打开 215 → 206 ms（新标签页、12 轮交替）。
 */
import { whenIdle } from '../app/when-idle'

/** 各种字体里都有的常用字、标点与数字 */
const SAMPLE = '关于巡视整改进展情况的通报一二三（）、，。：；1.'

/** 纸面的各种文字：标题、正文（仿宋，及加粗）、一级黑体、二级楷体、页边的类别标签与条目控件。 */
const PAPER_TEXT = [
  `<p class="doc-title">${SAMPLE}</p>`,
  `<p>${SAMPLE}<b>${SAMPLE}</b></p>`,
  `<p style="font-family: var(--font-hei)">${SAMPLE}</p>`,
  `<p style="font-family: var(--font-kai)">${SAMPLE}</p>`,
  `<p class="item-tag">${SAMPLE}</p>`,
  `<p class="item-tools">${SAMPLE}</p>`,
].join('')

/** 样式表里这里要读的部分：样式规则的选择器与 zoom；分组规则（@container、@media）里的规则。 */
export interface RuleLike {
  readonly selectorText?: string
  readonly style?: { readonly zoom?: string }
  readonly cssRules?: ArrayLike<RuleLike>
}

/** 纸面可能的缩放：1 与样式表里（@container 规则中）给 .paper 的各档 zoom。读不到规则的样式表（别处来源的）跳过。 */
export function paperZooms(sheets: Iterable<{ readonly cssRules: ArrayLike<RuleLike> }>): number[] {
  const zooms = new Set([1])
  const visit = (rules: ArrayLike<RuleLike>) => {
    for (const rule of Array.from(rules)) {
      if (rule.selectorText === '.paper' && rule.style?.zoom) zooms.add(Number(rule.style.zoom))
      if (rule.cssRules) visit(rule.cssRules)
    }
  }
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules)
    } catch {
      // 读 cssRules 时抛出：跳过这张表
    }
  }
  return [...zooms].filter((z) => z > 0)
}

function warmAt(zoom: number): void {
  const probe = document.createElement('div')
  probe.setAttribute('aria-hidden', 'true')
  // 排版但看不见、不占位置、不影响别处的排版
  probe.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden; contain: strict; width: 1px; height: 1px'
  const paper = document.createElement('div')
  paper.className = 'paper'
  paper.style.setProperty('zoom', String(zoom))
  paper.style.setProperty('--paper-zoom', String(zoom))
  paper.innerHTML = PAPER_TEXT
  probe.append(paper)
  document.body.append(probe)
  // 读尺寸即在此刻排版（字体随之载入），之后就可以拿掉
  void probe.scrollWidth
  probe.remove()
}

export function warmPaperFonts(): void {
  whenIdle(() => {
    for (const zoom of paperZooms(Array.from(document.styleSheets) as Iterable<{ cssRules: ArrayLike<RuleLike> }>))
      whenIdle(() => warmAt(zoom))
  })
}
