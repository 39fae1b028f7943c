/** 帮助（F1）：快捷键和结构键的说明。 */
import { Modal } from './modal'

const KEYS: [string, string][] = [
  ['回车（在条目标题中）', '新建同级条目；标题下已有内容时新建第一个下级'],
  ['Shift+回车（在条目标题中）', '在标题下写正文'],
  ['Tab / Shift+Tab', '降为下级 / 升为上级（正文段落中按 Tab 变为条目）'],
  ['空条目中回车', '升一级；顶层时变为正文'],
  ['段首键入 一、 （一） 1. （1）', '自动变为相应层级的条目，序号由位置推导'],
  ['Alt+↓（在沿用的条目中）', '展开或收起上一轮的表述（续报、新一轮时）'],
  ['Ctrl+N', '新建'],
  ['Ctrl+O', '打开'],
  ['Ctrl+S / Ctrl+Shift+S', '保存 / 另存为'],
  ['Ctrl+Z / Ctrl+Y', '撤销 / 重做'],
  ['Ctrl+P', '页面预览'],
  ['F1', '帮助'],
]

export function HelpDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="帮助" onClose={onClose}>
      <p>编号（一、（一）1.（1））由条目的层级和位置自动生成，调整顺序后会自动重排，不必手工输入。</p>
      <table className="keys">
        <caption>键盘操作</caption>
        <thead>
          <tr>
            <th scope="col">按键</th>
            <th scope="col">作用</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([k, v]) => (
            <tr key={k}>
              <td>
                <kbd>{k}</kbd>
              </td>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
