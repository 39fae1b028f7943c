import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { noticeJsonSchema } from '../../core/model/json-schema'

describe('JSON Schema 文件', () => {
  it('仓库中的 schema/notice.schema.json 与模型定义一致（过期时请运行 npm run schema）', () => {
    const onDisk = JSON.parse(readFileSync('schema/notice.schema.json', 'utf8'))
    expect(onDisk).toEqual(noticeJsonSchema())
  })

  it('描述了递归的条目树和必填的各部分', () => {
    const schema = noticeJsonSchema() as { required: string[]; properties: Record<string, unknown> }
    expect(schema.required).toEqual(
      expect.arrayContaining(['meta', 'parts', 'organization', 'rectification', 'nextSteps', 'contact', 'signature']),
    )
    expect(JSON.stringify(schema)).toMatch(/"\$ref":"#\/\$defs\/[^"]+"/)
  })
})
