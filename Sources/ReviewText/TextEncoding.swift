/// A character encoding of an input file, by the name ICU knows it under.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// ICU's converter name: `UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, `Shift_JIS`, `windows-1252`.
    public let name: String

    /// Creates an encoding from a canonical name (use ``init(userName:)`` for what users type).
    public init(name: String) { self.name = name }

    public static let utf8 = TextEncoding(name: "UTF-8")
    public static let utf16LE = TextEncoding(name: "UTF-16LE")
    public static let utf16BE = TextEncoding(name: "UTF-16BE")
    /// GB18030, a superset of GBK and GB2312: what Excel writes for Chinese on Windows.
    public static let gb18030 = TextEncoding(name: "GB18030")
    public static let big5 = TextEncoding(name: "Big5")
    public static let shiftJIS = TextEncoding(name: "Shift_JIS")
    /// Windows-1252, a superset of ISO-8859-1's printable characters.
    public static let windows1252 = TextEncoding(name: "windows-1252")

    /// An encoding from a name a user typed (`gbk`, `GB2312`, `cp936`, `latin1`, `sjis`, `utf8`);
    /// throws when ICU knows no such charset.
    public init(userName: String) throws {
        let key = userName.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "utf16": self = .utf16LE
        case "gbk", "gb2312", "cp936", "gb18030", "euccn": self = .gb18030
        case "big5", "cp950": self = .big5
        case "shiftjis", "sjis", "cp932", "windows31j", "mskanji": self = .shiftJIS
        case "latin1", "iso88591", "cp1252", "windows1252": self = .windows1252
        default:
            var status: Int32 = 0
            guard let c = odrConverterOpen(userName, &status) else {
                throw TextLayerError("unknown encoding '\(userName)' (try utf-8, gbk, big5, shift_jis, latin1, utf-16le)")
            }
            self.init(name: userName)
            odr_converter_close(c)
        }
    }

    public var description: String { name }

    /// Whether this is UTF-8 (decoded without ICU).
    public var isUTF8: Bool { self == .utf8 }
}

import CICU

func odrConverterOpen(_ name: String, _ status: inout Int32) -> OpaquePointer? {
    odr_converter_open(name, &status)
}
