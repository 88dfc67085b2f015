/// HTML text helpers: escaping, and fixed-decimal numbers that do not depend on the locale.
public enum HTML {
    /// `s` with `& < > " '` escaped.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `value` with `decimals` decimals, rounded half away from zero: `fixed(0.041176, 2)` is `0.04`.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int64((abs(value) * scale).rounded())
        var digits = String(n)
        while digits.count <= decimals { digits = "0" + digits }
        let whole = digits.dropLast(decimals), frac = digits.suffix(decimals)
        let sign = value < 0 && n != 0 ? "-" : ""
        return sign + whole + (decimals > 0 ? "." + frac : "")
    }

    /// A rate (fraction) as a percentage with two decimals: `4.12 %`.
    public static func percent(_ rate: Double) -> String { fixed(rate * 100, 2) + " %" }

    /// `text` with the scalar ranges `spans` wrapped in `<mark>`, escaped (overlapping spans merged).
    public static func highlight(_ text: String, spans: [Range<Int>]) -> String {
        let scalars = Array(text.unicodeScalars)
        var marks = [Bool](repeating: false, count: scalars.count)
        for s in spans {
            let a = max(0, s.lowerBound), b = min(scalars.count, s.upperBound)
            if a < b { for i in a..<b { marks[i] = true } }
        }
        var out = ""
        var i = 0
        while i < scalars.count {
            var j = i
            while j < scalars.count && marks[j] == marks[i] { j += 1 }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[i..<j])
            let escaped = escape(String(piece))
            out += marks[i] ? "<mark>\(escaped)</mark>" : escaped
            i = j
        }
        return out
    }
}
