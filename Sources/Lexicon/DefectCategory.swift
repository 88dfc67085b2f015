/// A defect category of the taxonomy (`lexicons/taxonomy.tsv`): `late_delivery`, `damaged`, ….
public struct DefectCategory: Sendable, Hashable {
    /// The identifier used in lexicons, output and the gold files.
    public var id: String
    /// The part of the operation it points to.
    public var area: RootCauseArea
    /// 中文名.
    public var nameZH: String
    /// English name.
    public var nameEN: String
    /// What it covers, one line.
    public var description: String

    /// Creates a category.
    public init(id: String, area: RootCauseArea, nameZH: String, nameEN: String, description: String) {
        self.id = id
        self.area = area
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.description = description
    }
}
