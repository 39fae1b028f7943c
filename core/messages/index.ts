export * from './codes'
export * from './format'
export * from './schema-issues'
export * from './tongbao-error'
