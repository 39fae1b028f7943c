/**
 * 纸面的公文字体（仿宋、黑体、楷体、小标宋，正文的加粗）在启动后的空闲时先用一次：浏览器第一次用到一种字体时要读入、
 * 解析字体文件（中文字体一个十几到几十 MB），原本都压在第一次打开通报的首次排版里。界面自己的字体不是这几种。
 * 量法见 issue #15 的备注：冷启动的渲染进程里打开最大样例，首次排版约 34 ms。
 */
import { whenIdle } from '../app/when-idle'

const FONTS = ['--font-fangsong', '--font-hei', '--font-kai', '--font-title']
/** 各种字体里都有的常用字、标点与数字 */
const SAMPLE = '关于巡视整改进展情况的通报一二三（）、，。：；1.'

export function warmPaperFonts(): void {
  whenIdle(() => {
    const probe = document.createElement('div')
    probe.setAttribute('aria-hidden', 'true')
    // 排版但看不见、不占位置、不影响别处的排版
    probe.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden; contain: strict; width: 1px; height: 1px'
    for (const [font, weight] of [...FONTS.map((f) => [f, 'normal']), ['--font-fangsong', 'bold']] as const) {
      const span = document.createElement('span')
      span.style.fontFamily = `var(${font})`
      span.style.fontWeight = weight
      span.textContent = SAMPLE
      probe.append(span)
    }
    document.body.append(probe)
    // 读尺寸即在此刻排版（字体随之载入），之后就可以拿掉
    void probe.scrollWidth
    probe.remove()
  })
}
