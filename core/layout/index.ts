// 版式：通报排成的页与行（预览、PDF、Word 导出共用）。
export { type LayoutLine, type LayoutPage, layoutNotice, type NoticeLayout, paginate, paraLines } from './layout-notice'
export type { Para, ParaRole, Run } from './paragraphs'
