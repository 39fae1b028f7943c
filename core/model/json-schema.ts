import * as z from 'zod'
import { NoticeSchema } from './notice'

/** 通报模型的 JSON Schema（draft 2020-12），由 zod 定义直接生成，不另行手写。 */
export function noticeJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://tongbao.invalid/schema/notice.schema.json',
    title: '整改通报（Tongbao notice model）',
    ...z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12', reused: 'ref' }),
  }
}
