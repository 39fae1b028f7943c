// GB/T 33190-2016《电子文件存储与交换格式 版式文档》（OFD）中本项目用到的常量：只有数据。
// OFD 导出（core/export/ofd）读这里；页面几何仍全部来自 GB/T 9704（gbt9704.ts）。

/** 7.1 命名空间 http://www.ofdspec.org/2016，文件中一律用前缀 ofd（附录 A 的 XML 模式即以此为 targetNamespace）。 */
export const OFD_NAMESPACE = 'http://www.ofdspec.org/2016'
export const OFD_PREFIX = 'ofd'

/** 7.4 表 3：主入口 OFD.xml 的 Version 取 "1.0"，DocType 取 "OFD"。 */
export const OFD_VERSION = '1.0'
export const OFD_DOC_TYPE = 'OFD'

/** 7.3 文件包内的主入口位置（包根目录的 OFD.xml）。 */
export const OFD_ENTRY = 'OFD.xml'

/** 7.5 文档的根节点；文档目录按惯例命名为 Doc_0，页为 Pages/Page_N（7.6 表 8 的 BaseLoc）。 */
export const OFD_DOC_DIR = 'Doc_0'

/** 7.4 表 4：DocID 是用 UUID 算法生成、由 32 个字符组成的文件标识。 */
export const OFD_DOC_ID_LENGTH = 32

/**
 * 7.2 坐标系：单位为毫米，原点在页面左上角，x 向右、y 向下；TextCode 的 X、Y 为第一个字符的基线起点（11.3），
 * DeltaX 为相邻字符之间的水平偏移（11.3 表 44）。
 */
export const OFD_UNIT = 'mm'
