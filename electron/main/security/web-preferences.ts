import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * 文档窗口的 webPreferences：页面与 Node 完全隔开，只经 preload 暴露的 window.tongbao 与主进程说话。
 * 见 Electron 安全清单（docs/tutorial/security.md）第 2–4、6、8、12 条。
 */
export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // 把文件拖进窗口不应让页面跳走（拖入的文件由页面自己处理）。
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  }
}

/** 新文档窗口的选项：A4 纸面两侧留出大纲与检查面板的宽度。 */
export function documentWindowOptions(preload: string, options: { devTools: boolean; icon?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: '整改通报编辑器',
    // 页面画好之前不显示，免得先闪一下白屏。
    show: false,
    backgroundColor: '#f3f3f3',
    autoHideMenuBar: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(preload, options),
  }
}
