/// How complaints are split into queues: one per category, one per root-cause area, or one.
public enum QueueSplit: String, Sendable, CaseIterable {
    case category
    case area
    case none
}
