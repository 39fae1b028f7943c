// 由 zod 模型生成 JSON Schema（schema/notice.schema.json），供外部工具校验 .tongbao 文件。
import { writeFileSync } from 'node:fs'
import { noticeJsonSchema } from '../core/model/json-schema'

writeFileSync(new URL('../schema/notice.schema.json', import.meta.url), JSON.stringify(noticeJsonSchema(), null, 2) + '\n')
console.log('已写入 schema/notice.schema.json')
