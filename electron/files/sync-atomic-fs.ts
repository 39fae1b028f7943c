// 原子写入（atomic-write.ts）的同步版文件操作，给命令行用：同样的系统调用、同样的顺序与 fsync，只是不经 libuv 的线程池。
// 命令行写完输出就退出。异步写的每一次等待都让出事件循环，V8 就在那里跑它排着的垃圾回收任务（增量标记），
// 回收的是一个马上就要整个释放的堆：导出最大的样例时，写入从约 1 ms 变成约 15 ms。界面（Electron 主进程）仍用异步版，不阻塞窗口。
import {
  closeSync,
  copyFileSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import type { AtomicFileHandle, AtomicFs } from './atomic-write'

function handleOf(fd: number): AtomicFileHandle {
  return {
    writeFile: async (data) => writeFileSync(fd, data),
    chmod: async (mode) => fchmodSync(fd, mode),
    sync: async () => fsyncSync(fd),
    close: async () => closeSync(fd),
  }
}

/** 出错时与异步版一样是被拒绝的 Promise（错误对象相同，带 code），调用方的处理不变。 */
export const syncAtomicFs: AtomicFs = {
  open: async (path, flags, mode) => handleOf(openSync(path, flags, mode)),
  rename: async (from, to) => renameSync(from, to),
  rm: async (path, options) => rmSync(path, options),
  stat: async (path) => statSync(path),
  lstat: async (path) => lstatSync(path),
  readlink: async (path) => readlinkSync(path),
  realpath: async (path) => realpathSync(path),
  link: async (existing, path) => linkSync(existing, path),
  copyFile: async (from, to) => copyFileSync(from, to),
  readdir: async (path) => readdirSync(path),
}
