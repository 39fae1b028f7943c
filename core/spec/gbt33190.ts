// GB/T 33190-2016《电子文件存储与交换格式 版式文档》（OFD）中本项目用到的常量：只有数据。
// OFD 导出（core/export/ofd）读这里；页面几何仍全部来自 GB/T 9704（gbt9704.ts）。

/** 7.1 命名空间 http://www.ofdspec.org/2016，文件中一律用前缀 ofd（附录 A 的 XML 模式即以此为 targetNamespace）。 */
export const OFD_NAMESPACE = 'http://www.ofdspec.org/2016'
export const OFD_PREFIX = 'ofd'

/** 表 3 主入口属性：OFD.xml 的 Version 取 "1.0"，DocType 取 "OFD"（附录 A 的 OFD.xsd 固定这两个值）。 */
export const OFD_VERSION = '1.0'
export const OFD_DOC_TYPE = 'OFD'

/** 文件包内的主入口位置：包根目录的 OFD.xml。 */
export const OFD_ENTRY = 'OFD.xml'

/** 文档目录按惯例命名为 Doc_0（文档根节点 Document.xml 在其中，7.5），页为 Pages/Page_N（Page 的 BaseLoc）。 */
export const OFD_DOC_DIR = 'Doc_0'

/** 文档元数据 DocID：用 UUID 算法生成、由 32 个字符组成的文件标识。 */
export const OFD_DOC_ID_LENGTH = 32

/**
 * 坐标系：单位为毫米，原点在页面左上角，x 向右、y 向下；TextCode 的 X、Y 为第一个字符的基线起点，
 * DeltaX 为相邻字符之间的水平偏移（11.3 文字定位，表 46）。
 */
export const OFD_UNIT = 'mm'
