// 网页样式（export-compliance §5.3–5.4）：屏幕上字号只用 rem/em，正文 1.125rem、行高 1.8；
// 打印样式复现公文版面（A4、37/26/35/28 mm、16 pt、行距 28.95 pt）；关怀版为免脚本的复选框开关。
import { GRID, PAGE, TITLE, FONT_SIZE_PT, TWIPS_PER_PT } from '../../spec/gbt9704'
import type { Role } from './node'

const FANGSONG = `"仿宋_GB2312","FangSong_GB2312","仿宋","FangSong","STFangsong","Noto Serif CJK SC",serif`
const XIAOBIAOSONG = `"方正小标宋简体","FZXiaoBiaoSong-B05S","STZhongsong","SimSun","Noto Serif CJK SC",serif`
const HEITI = `"黑体","SimHei","Noto Sans CJK SC",sans-serif`
const KAITI = `"楷体_GB2312","KaiTi_GB2312","楷体","KaiTi","STKaiti","AR PL UKai CN",serif`

/** 行距 579 twip = 28.95 pt（5.2.3）。 */
const PRINT_LINE_PT = GRID.linePitchTw / TWIPS_PER_PT

/** 每个角色的屏幕样式：页面版写进 <style> 的 class 规则，片段版写成行内 style。 */
export const ROLE_STYLE: Record<Role, string> = {
  article: `font-family:${FANGSONG};font-size:1.125rem;line-height:1.8;color:#1a1a1a;background:#fff`,
  header: 'margin:0 0 1.5em',
  title: `font-family:${XIAOBIAOSONG};font-weight:normal;text-align:center;font-size:1.5em;line-height:1.5;margin:0 0 .5em`,
  meta: 'margin:0;text-align:center;font-size:.875em;color:#555',
  h2: `font-family:${HEITI};font-weight:normal;font-size:1em;line-height:1.8;margin:0;text-indent:2em`,
  h3: `font-family:${KAITI};font-weight:normal;font-size:1em;line-height:1.8;margin:0;text-indent:2em`,
  h4: 'font-weight:bold;font-size:1em;line-height:1.8;margin:0;text-indent:2em',
  h5: 'font-weight:normal;font-size:1em;line-height:1.8;margin:0;text-indent:2em',
  p: 'margin:0 0 .6em;text-indent:2em;text-align:justify',
  'run-in': 'margin:0 0 .6em;text-indent:2em;text-align:justify',
  strong: 'font-weight:bold',
  em: 'font-style:italic',
  signature: 'margin:1.8em 0 0;text-align:right;text-indent:0;padding-right:4em',
  date: 'margin:0;text-align:right;text-indent:0;padding-right:4em',
  time: '',
}

const mm = (v: number) => `${v}mm`

/** 独立网页的样式表：class 规则取自 ROLE_STYLE，外加关怀版与打印样式。 */
export function pageStylesheet(): string {
  const rules = (Object.entries(ROLE_STYLE) as [Role, string][]).filter(([, css]) => css).map(([role, css]) => `.${role}{${css}}`)
  return [
    'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
    'body{margin:0 auto;padding:1rem;max-width:48em;background:#fff;color:#1a1a1a}',
    '#care{width:1.25em;height:1.25em;margin:0 .25em 1rem 0;vertical-align:middle}',
    'label[for=care]{font-size:1rem;cursor:pointer;vertical-align:middle}',
    ':focus-visible{outline:3px solid #0b57d0;outline-offset:2px}',
    ...rules,
    // 关怀版：特大字体、更大行距与段距、纯黑文字（工信部适老化规范；§5.3）。
    '#care:checked~.article{font-size:1.75rem;line-height:2.1;color:#000}',
    '#care:checked~.article .p,#care:checked~.article .run-in{margin-bottom:1em}',
    '@media print{',
    `@page{size:A4;margin:${mm(PAGE.topMm)} ${mm(PAGE.rightMm)} ${mm(PAGE.bottomMm)} ${mm(PAGE.leftMm)}}`,
    'body{max-width:none;padding:0}',
    '#care,label[for=care],.meta{display:none}',
    // 字距 −0.25 pt 与 Word 版相同（5.2.3，§3.3 E4），每行 28 字。
    `.article{font-size:${FONT_SIZE_PT.三号}pt;line-height:${PRINT_LINE_PT}pt;letter-spacing:${GRID.characterSpacing / TWIPS_PER_PT}pt;color:#000}`,
    `.title{letter-spacing:0}`,
    `.title{font-size:${FONT_SIZE_PT[TITLE.size]}pt;line-height:${PRINT_LINE_PT}pt;margin:0 0 ${PRINT_LINE_PT}pt}`,
    '.p,.run-in{margin:0;orphans:2;widows:2}',
    '.h2,.h3,.h4,.h5{break-after:avoid}',
    `.signature{margin-top:${2 * PRINT_LINE_PT}pt}`,
    '}',
  ].join('\n')
}
