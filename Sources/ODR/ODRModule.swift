/// ODR: orders, defects, windows and attribution (issue 5). Types are added beside this file.
public enum ODRModule {
    /// The module's version of the JSON output schema.
    public static let schemaVersion = 1
}
