import Foundation
import Records
import ZIPFoundation

/// Writes a ``Workbook`` as an Excel .xlsx file (Office Open XML SpreadsheetML), in memory.
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `docProps/app.xml` and `core.xml`,
/// `xl/workbook.xml` with its relationships, `xl/styles.xml`, `xl/sharedStrings.xml` and one
/// `xl/worksheets/sheetN.xml` per sheet, each deflated.
///
/// Each sheet gets a bold header row from its columns, frozen (the pane splits below row 1), an
/// auto-filter over the used range and the columns' widths; columns marked `wrap` wrap their
/// text. Text goes through a deduplicated shared string table and is never written as a
/// formula, so buyer text such as `=1+1` or `@SUM(A1)` stays a string. Characters XML 1.0
/// forbids are dropped and text longer than Excel's 32 767 characters is cut, ending with `…`.
/// Sheet names are made valid for Excel (see ``sheetNames(_:)``).
///
/// The output is deterministic: the same workbook gives the same bytes.
///
///     let sheet = Worksheet(name: "投诉", columns: [WorksheetColumn(title: "评价", width: 60, wrap: true)],
///                           rows: [[.text("盒子坏了")]])
///     let bytes = try XLSXWriter.data(Workbook(sheets: [sheet]))
///
/// - Complexity: O(*n*) in the number of cells plus the total length of their text.
public enum XLSXWriter {
    /// The most rows a sheet may have, header included.
    public static let maximumRows = 1_048_576
    /// The most columns a sheet may have (A through XFD).
    public static let maximumColumns = 16_384
    /// The most characters (UTF-16 units) a cell may hold; longer text is cut to fit, ending with `…`.
    public static let maximumTextLength = 32_767
    /// The most characters (UTF-16 units) a sheet name may have.
    public static let maximumSheetNameLength = 31

    /// The characters Excel forbids in sheet names; each is replaced by `_`.
    static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// A sheet name Excel reserves for itself (compared case-insensitively).
    static let reservedSheetNames: Set<String> = ["history"]
    /// The modification time of every ZIP entry, fixed so that output is reproducible.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800) // 1980-01-01T00:00:00Z, the earliest DOS time
    /// `CalendarDate.dayNumber` (days since 1970-01-01) of 1899-12-30, Excel's day 0 for dates from 1900-03-01.
    static let excelEpochDayNumber = -25_569
    /// The serial number of 9999-12-31, the last day Excel can show.
    static let lastSerial = 2_958_465

    // Cell style indexes into `cellXfs` of styles.xml.
    static let headerStyle = 1
    static let dateStyle = 2
    static let wrapStyle = 3

    /// Returns the bytes of the .xlsx file for `workbook`.
    ///
    /// - Throws: ``XLSXError/noSheets`` for a workbook without sheets; ``XLSXError`` for a date that
    ///   does not exist, a non-finite number, a sheet beyond Excel's size limits, or a ZIP failure.
    public static func data(_ workbook: Workbook) throws -> [UInt8] {
        guard !workbook.sheets.isEmpty else { throw XLSXError.noSheets }
        let names = sheetNames(workbook.sheets.map(\.name))
        var strings = SharedStrings()
        var parts: [(path: String, bytes: [UInt8])] = []
        var filters: [(sheet: Int, range: String)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let (xml, filter) = try worksheetXML(sheet, name: names[index], selected: index == 0, strings: &strings)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
            if let filter { filters.append((index, filter)) }
        }
        let count = workbook.sheets.count
        let head: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", contentTypesXML(sheetCount: count)),
            ("_rels/.rels", rootRelationshipsXML()),
            ("docProps/app.xml", appXML(names: names)),
            ("docProps/core.xml", coreXML()),
            ("xl/workbook.xml", workbookXML(names: names, filters: filters)),
            ("xl/_rels/workbook.xml.rels", workbookRelationshipsXML(sheetCount: count)),
            ("xl/styles.xml", stylesXML()),
            ("xl/sharedStrings.xml", strings.xml()),
        ]
        return try zip(head + parts)
    }

    // MARK: Sheet names

    /// Makes `names` valid, distinct Excel sheet names, in order.
    ///
    /// Each name is cleaned by ``sheetName(_:)``; a name that is empty after cleaning becomes
    /// `SheetN` (N its 1-based position). Names equal case-insensitively to an earlier one, or to
    /// Excel's reserved `History`, get ` (2)`, ` (3)`… with the stem shortened to stay within 31
    /// characters.
    ///
    ///     XLSXWriter.sheetNames(["Queue", "queue", "a/b"])   // ["Queue", "queue (2)", "a_b"]
    public static func sheetNames(_ names: [String]) -> [String] {
        var taken = reservedSheetNames
        var result: [String] = []
        result.reserveCapacity(names.count)
        for (index, raw) in names.enumerated() {
            var stem = sheetName(raw)
            if stem.isEmpty { stem = "Sheet\(index + 1)" }
            var candidate = stem
            var n = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = prefix(of: stem, utf16Length: maximumSheetNameLength - suffix.utf16.count) + suffix
                n += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// Cleans one sheet name by Excel's rules: `[ ] : * ? / \` become `_`, control characters
    /// are dropped, the name is cut to 31 UTF-16 units at a character boundary (never inside a
    /// surrogate pair or a grapheme cluster), and leading and trailing apostrophes are removed.
    /// The result may be empty; ``sheetNames(_:)`` also handles empty and duplicate names.
    public static func sheetName(_ name: String) -> String {
        var cleaned = ""
        for character in name {
            if forbiddenSheetNameCharacters.contains(character) {
                cleaned.append("_")
            } else if character.unicodeScalars.allSatisfy(isAllowedInSheetName) {
                cleaned.append(character)
            }
        }
        cleaned = trimmingApostrophes(cleaned)
        cleaned = prefix(of: cleaned, utf16Length: maximumSheetNameLength)
        return trimmingApostrophes(cleaned)
    }

    static func isAllowedInSheetName(_ scalar: Unicode.Scalar) -> Bool {
        isAllowedInXML(scalar) && !(scalar.properties.generalCategory == .control)
    }

    static func trimmingApostrophes(_ s: String) -> String {
        var sub = Substring(s)
        while sub.first == "'" { sub = sub.dropFirst() }
        while sub.last == "'" { sub = sub.dropLast() }
        return String(sub)
    }

    /// The longest prefix of whole characters of `s` that is at most `utf16Length` UTF-16 units.
    static func prefix(of s: String, utf16Length: Int) -> String {
        if s.utf16.count <= utf16Length { return s }
        var result = ""
        var length = 0
        for character in s {
            let l = character.utf16.count
            if length + l > utf16Length { break }
            result.append(character)
            length += l
        }
        return result
    }

    // MARK: Text

    /// Whether XML 1.0 allows `scalar` in a document (tab, LF, CR and everything from U+0020 except
    /// U+FFFE and U+FFFF; Swift strings never hold lone surrogates).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `text` as a cell can hold it: characters XML forbids dropped, and cut to
    /// ``maximumTextLength`` UTF-16 units (at a character boundary) ending with `…` when longer.
    static func cellText(_ text: String) -> String {
        var s = text
        if !s.unicodeScalars.allSatisfy(isAllowedInXML) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s.unicodeScalars.lazy.filter(isAllowedInXML))
            s = String(view)
        }
        if s.utf16.count > maximumTextLength {
            s = prefix(of: s, utf16Length: maximumTextLength - 1) + "…"
        }
        return s
    }

    /// Excel's name of the 0-based column `index`: A…Z, AA…AZ, BA… through XFD.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The Excel serial day number of a date (1900 date system), `nil` when Excel cannot show it
    /// (before 1900-01-01 or after 9999-12-31).
    ///
    /// From 1900-03-01 it is the number of days since 1899-12-30. Excel counts a 29 February 1900
    /// that never was (serial 60), so January and February 1900 are one less: 1900-01-01 is 1.
    static func serial(of date: CalendarDate) -> Int? {
        let days = date.dayNumber - excelEpochDayNumber
        let serial = days >= 61 ? days : days - 1
        guard serial >= 1, serial <= lastSerial else { return nil }
        return serial
    }

    // MARK: Parts

    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func worksheetXML(_ sheet: Worksheet, name: String, selected: Bool,
                             strings: inout SharedStrings) throws -> (xml: [UInt8], filter: String?) {
        let hasHeader = !sheet.columns.isEmpty
        let rowCount = sheet.rows.count + (hasHeader ? 1 : 0)
        guard rowCount <= maximumRows else { throw XLSXError.tooManyRows(sheet: name, rows: rowCount) }
        let columnCount = max(sheet.columns.count, sheet.rows.lazy.map(\.count).max() ?? 0)
        guard columnCount <= maximumColumns else { throw XLSXError.tooManyColumns(sheet: name, columns: columnCount) }
        let letters = (0..<columnCount).map { Array(columnName($0).utf8) }
        let wraps = sheet.columns.map(\.wrap)
        let usedRange = columnCount == 0 || rowCount == 0 ? "A1" : "A1:\(columnName(columnCount - 1))\(rowCount)"

        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">")
        out.raw("<dimension ref=\"\(usedRange)\"/>")
        out.raw("<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">")
        if hasHeader {
            out.raw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            out.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        }
        out.raw("</sheetView></sheetViews>")
        out.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        if hasHeader {
            out.raw("<cols>")
            for (i, column) in sheet.columns.enumerated() {
                let width = column.width.isFinite
                    ? min(max(column.width, 0), WorksheetColumn.maximumWidth) : WorksheetColumn.defaultWidth
                out.raw("<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(number(width))\" customWidth=\"1\"")
                out.raw(column.wrap ? " style=\"\(wrapStyle)\"/>" : "/>")
            }
            out.raw("</cols>")
        }
        out.raw("<sheetData>")
        var rowNumber = 0
        if hasHeader {
            rowNumber = 1
            out.raw("<row r=\"1\">")
            for (i, column) in sheet.columns.enumerated() {
                let title = cellText(column.title)
                if title.isEmpty { continue }
                out.cellStart(letters[i], row: 1, style: headerStyle, type: "s")
                out.raw("<v>\(strings.index(of: title))</v></c>")
            }
            out.raw("</row>")
        }
        for cells in sheet.rows {
            rowNumber += 1
            out.raw("<row r=\"\(rowNumber)\">")
            for (i, cell) in cells.enumerated() {
                let wrap = i < wraps.count && wraps[i]
                switch cell {
                case .empty:
                    continue
                case let .text(raw):
                    let text = cellText(raw)
                    if text.isEmpty { continue }
                    out.cellStart(letters[i], row: rowNumber, style: wrap ? wrapStyle : nil, type: "s")
                    out.raw("<v>\(strings.index(of: text))</v></c>")
                case let .integer(value):
                    out.cellStart(letters[i], row: rowNumber, style: wrap ? wrapStyle : nil, type: nil)
                    out.raw("<v>\(value)</v></c>")
                case let .number(value):
                    guard value.isFinite else {
                        throw XLSXError.nonFiniteNumber(sheet: name, cell: columnName(i) + String(rowNumber))
                    }
                    out.cellStart(letters[i], row: rowNumber, style: wrap ? wrapStyle : nil, type: nil)
                    out.raw("<v>\(number(value))</v></c>")
                case let .date(year, month, day):
                    guard let date = CalendarDate(year: year, month: month, day: day) else {
                        throw XLSXError.invalidDate(sheet: name, cell: columnName(i) + String(rowNumber),
                                                    year: year, month: month, day: day)
                    }
                    if let serial = serial(of: date) {
                        out.cellStart(letters[i], row: rowNumber, style: dateStyle, type: nil)
                        out.raw("<v>\(serial)</v></c>")
                    } else {
                        out.cellStart(letters[i], row: rowNumber, style: wrap ? wrapStyle : nil, type: "s")
                        out.raw("<v>\(strings.index(of: date.iso))</v></c>")
                    }
                }
            }
            out.raw("</row>")
        }
        out.raw("</sheetData>")
        var filter: String?
        if hasHeader {
            out.raw("<autoFilter ref=\"\(usedRange)\"/>")
            filter = usedRange
        }
        out.raw("</worksheet>")
        return (out.bytes, filter)
    }

    /// A number as XML Schema's `xsd:double` spells it (whole values without a fraction).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func contentTypesXML(sheetCount: Int) -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        out.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        out.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        let sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        out.raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(sml).sheet.main+xml\"/>")
        for i in 1...sheetCount {
            out.raw("<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"\(sml).worksheet+xml\"/>")
        }
        out.raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"\(sml).styles+xml\"/>")
        out.raw("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(sml).sharedStrings+xml\"/>")
        out.raw("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        out.raw("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        out.raw("</Types>")
        return out.bytes
    }

    static func rootRelationshipsXML() -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<Relationships xmlns=\"\(packageRelationshipsNamespace)\">")
        out.raw("<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>")
        out.raw("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
        out.raw("<Relationship Id=\"rId3\" Type=\"\(relationshipsNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>")
        out.raw("</Relationships>")
        return out.bytes
    }

    static func appXML(names: [String]) -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" ")
        out.raw("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        out.raw("<Application>ODRLens</Application>")
        out.raw("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">")
        out.raw("<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>")
        out.raw("<vt:variant><vt:i4>\(names.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>")
        out.raw("<TitlesOfParts><vt:vector size=\"\(names.count)\" baseType=\"lpstr\">")
        for name in names {
            out.raw("<vt:lpstr>")
            out.escaped(name)
            out.raw("</vt:lpstr>")
        }
        out.raw("</vt:vector></TitlesOfParts></Properties>")
        return out.bytes
    }

    static func coreXML() -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
        out.raw("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
        out.raw("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        out.raw("<dc:creator>ODRLens</dc:creator></cp:coreProperties>")
        return out.bytes
    }

    static func workbookXML(names: [String], filters: [(sheet: Int, range: String)]) -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">")
        out.raw("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (i, name) in names.enumerated() {
            out.raw("<sheet name=\"")
            out.escaped(name)
            out.raw("\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>")
        }
        out.raw("</sheets>")
        if !filters.isEmpty {
            // Excel records each sheet's filter range under this hidden name; it writes it too.
            out.raw("<definedNames>")
            for (sheet, range) in filters {
                let absolute = range.split(separator: ":").map { absoluteReference(String($0)) }.joined(separator: ":")
                let quoted = "'" + names[sheet].replacingOccurrences(of: "'", with: "''") + "'"
                out.raw("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(sheet)\" hidden=\"1\">")
                out.escaped(quoted + "!" + absolute)
                out.raw("</definedName>")
            }
            out.raw("</definedNames>")
        }
        out.raw("</workbook>")
        return out.bytes
    }

    /// `B12` as `$B$12`.
    static func absoluteReference(_ reference: String) -> String {
        let letters = reference.prefix { $0.isLetter }
        return "$" + letters + "$" + reference.dropFirst(letters.count)
    }

    static func workbookRelationshipsXML(sheetCount: Int) -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<Relationships xmlns=\"\(packageRelationshipsNamespace)\">")
        for i in 1...sheetCount {
            out.raw("<Relationship Id=\"rId\(i)\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>")
        }
        out.raw("<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>")
        out.raw("<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipsNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        out.raw("</Relationships>")
        return out.bytes
    }

    /// Styles: `cellXfs` 0 normal, 1 ``headerStyle`` (bold), 2 ``dateStyle`` (yyyy-mm-dd),
    /// 3 ``wrapStyle`` (wrapped, top-aligned).
    static func stylesXML() -> [UInt8] {
        var out = XMLBytes()
        out.raw(xmlDeclaration)
        out.raw("<styleSheet xmlns=\"\(mainNamespace)\">")
        out.raw("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>")
        out.raw("<fonts count=\"2\">")
        out.raw("<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        out.raw("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        out.raw("</fonts>")
        out.raw("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>")
        out.raw("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        out.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        out.raw("<cellXfs count=\"4\">")
        out.raw("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
        out.raw("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>")
        out.raw("<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>")
        out.raw("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">")
        out.raw("<alignment vertical=\"top\" wrapText=\"1\"/></xf>")
        out.raw("</cellXfs>")
        out.raw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        out.raw("</styleSheet>")
        return out.bytes
    }

    // MARK: ZIP

    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else { throw XLSXError.archive("the in-memory archive has no data") }
            return [UInt8](data)
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError.archive(String(describing: error))
        }
    }

    // MARK: Helpers

    /// The shared string table: each distinct text once, in order of first use.
    struct SharedStrings {
        private var indexes: [String: Int] = [:]
        private var texts: [String] = []
        /// How many cells refer to the table.
        private(set) var references = 0

        /// The index of `text`, adding it when new.
        mutating func index(of text: String) -> Int {
            references += 1
            if let i = indexes[text] { return i }
            let i = texts.count
            indexes[text] = i
            texts.append(text)
            return i
        }

        func xml() -> [UInt8] {
            var out = XMLBytes()
            out.raw(xmlDeclaration)
            out.raw("<sst xmlns=\"\(mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">")
            for text in texts {
                let padded = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
                out.raw(padded ? "<si><t xml:space=\"preserve\">" : "<si><t>")
                out.escaped(text, sharedString: true)
                out.raw("</t></si>")
            }
            out.raw("</sst>")
            return out.bytes
        }
    }

    /// A growing UTF-8 XML document.
    struct XMLBytes {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(4096) }

        /// Appends markup as it is.
        mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

        /// `<c r="B7" s="1" t="s">`.
        mutating func cellStart(_ letters: [UInt8], row: Int, style: Int?, type: String?) {
            raw("<c r=\"")
            bytes.append(contentsOf: letters)
            raw(String(row))
            if let style { raw("\" s=\"\(style)") }
            if let type { raw("\" t=\"\(type)") }
            raw("\">")
        }

        /// Appends text with `& < > " '` escaped, CR as `&#13;` (a parser would turn a raw CR into
        /// LF) and the control characters XML forbids dropped.
        ///
        /// With `sharedString`, an underscore that starts what Office would read as an escape
        /// (`_x` + four hex digits + `_`, e.g. `_x000D_`) is written as `_x005F_`, so such text
        /// is shown as it is.
        mutating func escaped(_ s: String, sharedString: Bool = false) {
            let utf8 = Array(s.utf8)
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                switch b {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "\""): raw("&quot;")
                case UInt8(ascii: "'"): raw("&apos;")
                case 0x0D: raw("&#13;")
                case 0x09, 0x0A: bytes.append(b)
                case 0..<0x20: break
                case 0xEF where i + 2 < utf8.count && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF):
                    i += 2 // U+FFFE, U+FFFF
                case UInt8(ascii: "_") where sharedString && Self.startsOfficeEscape(utf8, at: i):
                    raw("_x005F_")
                default: bytes.append(b)
                }
                i += 1
            }
        }

        static func startsOfficeEscape(_ utf8: [UInt8], at i: Int) -> Bool {
            guard i + 6 < utf8.count, utf8[i + 1] == UInt8(ascii: "x"), utf8[i + 6] == UInt8(ascii: "_") else { return false }
            return utf8[(i + 2)...(i + 5)].allSatisfy { b in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
                    || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
            }
        }
    }
}
