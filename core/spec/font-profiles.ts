// 字体方案：写进 .docx 的字体名（export-compliance §2.1）。不嵌入字体文件（方正、微软字体有版权）。

/** 公文用到的四种字体角色，加页码用的宋体。 */
export type FontRole = 'xiaobiaosong' | 'fangsong' | 'kaiti' | 'heiti' | 'songti'

export type FontProfileName = 'gb2312' | 'gbk' | 'windows'

export type FontProfile = Record<FontRole, string>

/**
 * gb2312：机关电脑上通常装有的老字体（默认）；gbk：部分省份要求的方正 GBK 字库；
 * windows：Windows 自带字体（仿宋/楷体/黑体/宋体），标题退用宋体。
 */
export const FONT_PROFILES: Record<FontProfileName, FontProfile> = {
  gb2312: { xiaobiaosong: '方正小标宋简体', fangsong: '仿宋_GB2312', kaiti: '楷体_GB2312', heiti: '黑体', songti: '宋体' },
  gbk: { xiaobiaosong: '方正小标宋_GBK', fangsong: '方正仿宋_GBK', kaiti: '方正楷体_GBK', heiti: '方正黑体_GBK', songti: '宋体' },
  windows: { xiaobiaosong: '宋体', fangsong: '仿宋', kaiti: '楷体', heiti: '黑体', songti: '宋体' },
}

export const FONT_PROFILE_NAMES = Object.keys(FONT_PROFILES) as FontProfileName[]

export function isFontProfileName(s: string): s is FontProfileName {
  return Object.hasOwn(FONT_PROFILES, s)
}

/**
 * 字体缺失时 Word 的替代：写进 fontTable.xml 的 w:altName（§2.2 的回退链中 Windows 自带的那一个）。
 * GB2312 与 GBK 字库多装在机关电脑上，收件人没有时由此落到自带的仿宋、楷体、黑体、宋体。[UNCONFIRMED：效果未在 Word 中验证]
 */
export const FONT_SUBSTITUTES: Record<string, string> = {
  方正小标宋简体: '宋体',
  方正小标宋_GBK: '宋体',
  仿宋_GB2312: '仿宋',
  方正仿宋_GBK: '仿宋',
  楷体_GB2312: '楷体',
  方正楷体_GBK: '楷体',
  方正黑体_GBK: '黑体',
}
