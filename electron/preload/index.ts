/** preload（沙箱内）：只向页面暴露 window.tongbao 这一个对象。 */
import { contextBridge, ipcRenderer } from 'electron'
import { createHost } from './create-host'

contextBridge.exposeInMainWorld('tongbao', createHost(ipcRenderer))
