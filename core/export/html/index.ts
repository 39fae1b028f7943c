// 通报 → 网页：独立页面与 CMS 片段，出自同一组节点。
export { exportHtmlPage } from './page'
export { exportHtmlFragment } from './fragment'
