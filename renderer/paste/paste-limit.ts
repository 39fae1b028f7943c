/**
 * 粘贴大小的上限。整篇通报不过几万字；一次粘贴上百万字多半是误操作，
 * 交给 Slate 会让界面卡住很久，所以先拒绝并指向“导入”，不丢、不截断任何内容。
 */
export const MAX_PASTE_CHARS = 1_000_000
/** 原始剪贴板数据（Word 的 HTML 带大量样式）超过此值时不再解析。 */
export const MAX_PASTE_PAYLOAD = 20 * 1024 * 1024

const wan = (n: number) => `${Math.round(n / 10_000)} 万字`

/** 粘贴内容过大时返回给用户的中文说明；可以粘贴时返回 null。 */
export function pasteRejection(payloadLength: number, textLength: number | null): string | null {
  if (payloadLength > MAX_PASTE_PAYLOAD || (textLength !== null && textLength > MAX_PASTE_CHARS)) {
    const size = textLength !== null ? `约 ${wan(textLength)}` : `约 ${(payloadLength / 1048576).toFixed(1)} MB`
    return `粘贴的内容过大（${size}），编辑器一次最多粘贴 ${wan(MAX_PASTE_CHARS)}。内容没有粘贴进来，现有文字未受影响。整篇通报请用“导入”打开。`
  }
  return null
}
