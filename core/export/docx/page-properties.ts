// 页面设置：A4，天头 37 mm、订口 28 mm、下白边 35 mm、翻口 26 mm，写字面 twip 值（§3.1 X1、X2）。
// 不写 docGrid 类型：linesAndChars 会让 LibreOffice 每行只排 14–18 字，lines 会让 2号标题占两行（§3.3 E5、E6）。
import type { ISectionPropertiesOptions } from 'docx'
import { PAGE, PAGE_NUMBER } from '../../spec/gbt9704'

export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.widthTw, height: PAGE.heightTw },
      margin: {
        top: PAGE.topTw,
        right: PAGE.rightTw,
        bottom: PAGE.bottomTw,
        left: PAGE.leftTw,
        header: PAGE_NUMBER.headerTw,
        footer: PAGE_NUMBER.footerTw,
        gutter: 0,
      },
    },
  }
}
