// 以安全选项新建文档窗口。
import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * 新建文档窗口。构造函数作为参数传入，测试时换成记录选项的假类；
 * 选项写成字面量，electronegativity 之类的静态检查才看得见每一项安全设置。
 */
export function createDocumentWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preload: string,
  options: { devTools: boolean },
): W {
  return new BrowserWindow({
    // A4 纸面两侧留出大纲与检查面板的宽度。
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: '整改通报编辑器',
    // 页面画好之前不显示，免得先闪一下白屏。
    show: false,
    backgroundColor: '#f3f3f3',
    // 页面与 Node 完全隔开，只经 preload 暴露的 window.tongbao 与主进程说话（Electron 安全清单第 2–4、6、8、12 条）。
    webPreferences: {
      // preload 只暴露具名的宿主方法（electron/preload/create-host.ts），已审阅。
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // 中键点击链接会绕过 window.open 直接开新窗口。
      disableBlinkFeatures: 'Auxclick',
      // 把文件拖进窗口不应让页面跳走（拖入的文件由页面自己处理）。
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  })
}
