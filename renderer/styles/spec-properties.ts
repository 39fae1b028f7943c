/** 把 core/spec 生成的版式数字（页边距、行距、字号）写成根元素上的 CSS 自定义属性，供 paper.css、app.css 读取。 */
import { paperCssProperties } from '../../core/spec/paper-css'

export function applySpecProperties(root: HTMLElement): void {
  for (const [name, value] of Object.entries(paperCssProperties())) root.style.setProperty(name, value)
}
