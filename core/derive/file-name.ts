// 文件名由通报标题推导，一处定义：保存工程文件（浏览器与桌面的默认文件名）、导出 Word/网页、导出台账都用它（issue #10 第 7 点）。
import type { Notice } from '../model/notice'
import { noticeTitle } from './title'

/** 文件名主干的最大字数：够放下常见的完整标题，又不至于在文件管理器里过长。 */
const MAX_STEM = 60

/** 标题 → 文件名主干：去掉文件名里不能用的字符（\ / : * ? " < > |、控制字符）和空白；标题为空时为“整改通报”。 */
export function fileNameStem(title: string): string {
  return (
    title
      // eslint-disable-next-line no-control-regex -- 控制字符在文件名里同样不允许
      .replace(/[\\/:*?"<>|\s\u0000-\u001f]/g, '')
      .replace(/^\.+/, '')
      .slice(0, MAX_STEM) || '整改通报'
  )
}

/** 通报的文件名，如“中共青山县委关于……的通报.docx”；suffix 接在主干后（如“整改台账”）。 */
export function noticeFileName(notice: Notice, extension: string, suffix = ''): string {
  return `${fileNameStem(noticeTitle(notice))}${suffix}.${extension}`
}
