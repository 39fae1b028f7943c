// core/spec：GB/T 9704-2012 的数字与字体方案，供导出、预览与校验读取。
export * from './gbt9704'
export * from './font-profiles'
export * from './paper-css'
