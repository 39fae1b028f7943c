// PDF 版面 → 段落（纯函数，不经 pdfjs）：按缩进、满行、行距、字号接行分段，去掉页码和页眉页脚，汉字之间不加空格。
import { describe, expect, it } from 'vitest'
import { isPageNumber, type PdfPageText, type PdfTextItem, pdfParagraphs } from '../../core/import/pdf/pdf-layout'
import { withUnifiedIdeographs } from '../../core/import/pdf/radicals'

const SIZE = 16
const LEFT = 80

const PITCH = 29

/** 一行：从 x 开始，每字一格；text 里的“|”把行切成几个文字块（像 pdfjs 给出的那样）。 */
function line(text: string, y: number, x = LEFT, size = SIZE): PdfTextItem[] {
  const items: PdfTextItem[] = []
  let at = x
  for (const str of text.split('|')) {
    items.push({ str, x: at, y, width: str.length * size, size })
    at += str.length * size
  }
  return items
}

/** 按行距自上而下排一页。'>' 开头的行首行缩进两字，'^' 开头的行居中。 */
function page(rows: string[], options: { footer?: string; header?: string } = {}): PdfPageText {
  const items: PdfTextItem[] = []
  rows.forEach((row, i) => {
    const y = 760 - i * PITCH
    if (row.startsWith('>')) items.push(...line(row.slice(1), y, LEFT + 2 * SIZE))
    else if (row.startsWith('^')) items.push(...line(row.slice(1), y, LEFT + (28 - row.length + 1) * SIZE * 0.5, 22))
    else items.push(...line(row, y))
  })
  if (options.footer) items.push(...line(options.footer, 60, 470, 14))
  if (options.header) items.push(...line(options.header, 800, LEFT, 10))
  return { width: 595, height: 842, items }
}

const full = (s: string) => s.padEnd(28, '甲').slice(0, 28)
const full26 = (s: string) => s.padEnd(26, '乙').slice(0, 26)

describe('pdfParagraphs', () => {
  it('首行缩进两字开始新段；满行接下一行；短行结束一段', () => {
    const p = page(['>' + full26('一、第一段开头'), full('第一段中间'), '第一段结尾。', '>' + '第二段只有一行。'])
    expect(pdfParagraphs([p]).paragraphs).toEqual([full26('一、第一段开头') + full('第一段中间') + '第一段结尾。', '第二段只有一行。'])
  })

  it('满行跨页接上，页码（— 1 —、-2-、第3页）去掉并列出', () => {
    const pages = [
      page(['>' + full26('跨页的段落')], { footer: '— 1 —' }),
      page(['接在下一页。'], { footer: '-2-' }),
      page(['>第三页。'], { footer: '第3页' }),
    ]
    const layout = pdfParagraphs(pages)
    expect(layout.paragraphs).toEqual([full26('跨页的段落') + '接在下一页。', '第三页。'])
    expect(layout.furniture).toEqual(['—1—', '-2-', '第3页'])
  })

  it('每页顶部重复的页眉去掉（页码不同也认得）', () => {
    const bodies = ['>开头一段。', '>中间一段。', '>最后一段。']
    const pages = bodies.map((b, n) => page([b], { header: `东湖县人民政府网 第${n + 1}期` }))
    const layout = pdfParagraphs(pages)
    expect(layout.paragraphs).toEqual(['开头一段。', '中间一段。', '最后一段。'])
    expect(layout.furniture).toHaveLength(3)
  })

  it('字号不同的行（标题与正文）不接；居中的标题两行各自成段', () => {
    const p = page(['^中共东湖县委关于', '^巡察整改情况的通报', '>' + full26('根据县委统一部署'), full('导语'), '导语完。'])
    expect(pdfParagraphs([p]).paragraphs).toEqual([
      '中共东湖县委关于',
      '巡察整改情况的通报',
      full26('根据县委统一部署') + full('导语') + '导语完。',
    ])
  })

  it('段前空一行的排法：行距大出一半以上另起一段', () => {
    const items = [
      ...line(full('上一段'), 700),
      ...line(full('上一段'), 700 - PITCH),
      ...line(full('上一段'), 700 - 2 * PITCH),
      ...line('下一段。', 700 - 4 * PITCH),
    ]
    expect(pdfParagraphs([{ width: 595, height: 842, items }]).paragraphs).toEqual([full('上一段').repeat(3), '下一段。'])
  })

  it('不缩进的排法：以句号结束的满行之后，“1.”“（二）”开头的行另起一段', () => {
    const p = page([full('第一段').slice(0, 27) + '。', '1.第二段。', full('第三段').slice(0, 27) + '。', '（二）第四段。'])
    expect(pdfParagraphs([p]).paragraphs).toHaveLength(4)
  })

  it('同一行的多个文字块拼接：汉字之间不加空格，汉字与数字之间排版留的空格去掉，西文单词之间保留', () => {
    const items = [
      ...line('给予党纪处分 |8| 人，', 700, LEFT + 2 * SIZE),
      { str: 'Email', x: 300, y: 700, width: 40, size: SIZE },
      { str: 'address', x: 350, y: 700, width: 50, size: SIZE },
    ]
    expect(pdfParagraphs([{ width: 595, height: 842, items }]).paragraphs).toEqual(['给予党纪处分8人，Email address'])
  })

  it('左对齐时，下一行开头的邮箱在上一行放不下，上一行仍算满行', () => {
    const p = page(['>' + '联系电话：12345678；电子邮箱：', 'jubao@example.gov.cn。'])
    p.items[0]!.str = '联系电话：12345678；电子邮箱：'
    expect(pdfParagraphs([p]).paragraphs).toEqual(['联系电话：12345678；电子邮箱：jubao@example.gov.cn。'])
  })

  it('没有文字的页（扫描件）没有段落', () => {
    expect(pdfParagraphs([{ width: 595, height: 842, items: [] }]).paragraphs).toEqual([])
  })
})

describe('isPageNumber', () => {
  it.each(['— 3 —', '-3-', '－ 12 －', '第3页', '第 3 页 共 12 页', '3 / 12', '3', 'Page 3 of 9'])('“%s”是页码', (t) =>
    expect(isPageNumber(t)).toBe(true),
  )
  it.each(['一、整改情况', '2024年3月15日', '第3条', '共3人'])('“%s”不是页码', (t) => expect(isPageNumber(t)).toBe(false))
})

describe('withUnifiedIdeographs', () => {
  it('康熙部首、简化部首换成同形的简体字，正常文字不动', () => {
    expect(withUnifiedIdeographs('党\u2f2f委进\u2f8f了巡视意\u2ec5，租\u2f3e')).toBe('党工委进行了巡视意见，租户')
    expect(withUnifiedIdeographs('0576\u201585588636')).toBe('0576\u201485588636')
    expect(withUnifiedIdeographs('正文，（一）1.“引号”')).toBe('正文，（一）1.“引号”')
  })
})
