// 命令行包（scripts/build-cli.mjs）的最后一步：把源码里剩下的非 ASCII 字符写成 \u 转义。
// esbuild 把字符串里的汉字转义了，正则字面量里的却原样留下。包里只要有一个非 ASCII 字符，Node 就得把整个源码（约 1 MB）
// 按 UTF-8 解码成双字节字符串：读入慢约 10 ms，V8 扫描、惰性编译也都按双字节走。

/**
 * code 里的非 ASCII 字符 → \uXXXX。正则里的 \uXXXX 与原字符等价，有无 u 标志都是（码点超出 BMP 的写成代理对，
 * u 模式下同样合成一个码点）。字符前若是一个起转义作用的反斜杠（多余的转义，如 \。），连它一起换掉；偶数个反斜杠是转义了的反斜杠，留着。
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, ch) => {
    let escaped = slashes.length % 2 ? slashes.slice(1) : slashes
    for (let i = 0; i < ch.length; i++) escaped += `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`
    return escaped
  })
}
