/// A top-level field value of a JSON lines record.
///
/// Scalars are decoded; numbers keep their exact text (ids and prices lose nothing); nested arrays
/// and objects are kept as their raw JSON text.
public enum JSONValue: Equatable, Hashable, Sendable {
    /// A string, unescaped.
    case string(String)
    /// A number, as written (e.g. `4`, `-1.5e3`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A nested array or object, as its raw JSON text.
    case raw(String)

    /// The value as text: the string, the number's text, `true`/`false`, the raw JSON; `nil` for null.
    public var text: String? {
        switch self {
        case .string(let s), .number(let s), .raw(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null: return nil
        }
    }

    /// The value as an integer: a number without fraction or exponent, or a string holding one.
    public var int: Int? {
        switch self {
        case .number(let s), .string(let s): return Int(s)
        default: return nil
        }
    }

    /// The value as a floating-point number: a number, or a string holding one.
    public var double: Double? {
        switch self {
        case .number(let s), .string(let s): return Double(s)
        default: return nil
        }
    }
}
