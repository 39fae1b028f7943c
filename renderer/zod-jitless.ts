/**
 * zod 4 第一次解析对象时会用 `new Function("")` 试探能否 eval，以便编译解析函数。桌面版的 CSP 不许 eval，
 * 试探虽被吞掉，却会留下一条 CSP 违规报告。关掉编译（jitless）就不再试探；通报的解析量小，不编译也够快。
 * 必须在任何解析之前执行，所以 main.tsx 第一个导入的就是本模块（ES 模块按导入顺序求值）。
 */
import { z } from 'zod'

z.config({ jitless: true })
