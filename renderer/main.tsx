/** 渲染进程入口（Electron 与浏览器宿主共用）。 */
// 第一个导入：在其他模块求值、任何解析发生之前关掉 zod 的 eval 编译。
import './zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { warmPaper } from './app/warm-paper'
import { prepareImportWorker } from './import/import-job'
import './styles/app.css'
import './styles/paper.css'
import { applySpecProperties } from './styles/spec-properties'
import { warmPaperFonts } from './styles/warm-fonts'

applySpecProperties(document.documentElement)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// 打开和导入用的 Worker 在空闲时先备好，用户选定文件后不再等它启动。
prepareImportWorker()
// 纸面的公文字体也在空闲时先载入，第一次打开通报的首次排版不再等它们；纸面与编辑器的代码先画一份小通报编译好。
warmPaperFonts()
warmPaper()
