/** 写文件失败时给用户看的话：说清发生了什么、下一步怎么办。按 errno 代码查表。 */
const MESSAGES: Record<string, string> = {
  EACCES: '无法保存：没有写入该位置的权限。请换一个位置保存。',
  EPERM: '无法保存：系统拒绝写入该文件（可能是只读文件或被安全软件拦截）。请换一个位置保存。',
  EROFS: '无法保存：该位置是只读的。请换一个位置保存。',
  ENOSPC: '无法保存：磁盘空间不足。请清理磁盘或换一个位置保存。',
  EDQUOT: '无法保存：超出磁盘配额。请清理磁盘或换一个位置保存。',
  ENOENT: '无法保存：文件夹不存在（可能已被移动或删除，或 U 盘已拔出）。请重新选择保存位置。',
  EBUSY: '无法保存：文件正被其他程序占用（例如已在 WPS 或 Word 中打开）。请关闭后重试。',
  EISDIR: '无法保存：所选位置是一个文件夹。请另选文件名。',
  ENAMETOOLONG: '无法保存：文件名或路径过长。请缩短文件名或换一个位置。',
}

export function writeFailureMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return (typeof code === 'string' && MESSAGES[code]) || `无法保存：写入文件时出错（${typeof code === 'string' ? code : '未知原因'}）。原文件未被改动，请重试或换一个位置保存。`
}
