/// Small inline SVG charts: no script, no external font, sized by a viewBox so they scale.
public enum SVGChart {
    /// A line chart of `points` (label, value) with a dashed threshold line at `threshold`, the
    /// last `highlight` points shaded (the current window), y labels as percentages.
    public static func trend(_ points: [(label: String, value: Double)], threshold: Double, highlightFrom: String?,
                             title: String, thresholdLabel: String) -> String {
        let w = 720.0, h = 240.0, left = 56.0, right = 16.0, top = 16.0, bottom = 36.0
        guard !points.isEmpty else { return "<svg viewBox=\"0 0 \(Int(w)) 40\" role=\"img\"><text x=\"8\" y=\"24\">–</text></svg>" }
        let maxValue = max(threshold * 1.5, points.map(\.value).max() ?? 0) * 1.1
        let n = points.count
        func x(_ i: Int) -> Double { left + (w - left - right) * (n == 1 ? 0.5 : Double(i) / Double(n - 1)) }
        func y(_ v: Double) -> Double { top + (h - top - bottom) * (1 - v / maxValue) }
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        s += "<title>\(HTML.escape(title))</title>"
        if let from = highlightFrom, let k = points.firstIndex(where: { $0.label >= from }) {
            s += "<rect x=\"\(f(x(k)))\" y=\"\(f(top))\" width=\"\(f(x(n - 1) - x(k)))\" height=\"\(f(h - top - bottom))\" class=\"window\"/>"
        }
        // Grid and y labels.
        for k in 0...4 {
            let v = maxValue * Double(k) / 4
            s += "<line x1=\"\(f(left))\" x2=\"\(f(w - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" class=\"axis\" text-anchor=\"end\">\(HTML.fixed(v * 100, 1))%</text>"
        }
        // X labels: first, middle, last.
        for i in Set([0, n / 2, n - 1]).sorted() {
            let anchor = i == 0 && n > 1 ? "start" : i == n - 1 && n > 1 ? "end" : "middle"
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(h - 12))\" class=\"axis\" text-anchor=\"\(anchor)\">\(HTML.escape(points[i].label))</text>"
        }
        s += "<line x1=\"\(f(left))\" x2=\"\(f(w - right))\" y1=\"\(f(y(threshold)))\" y2=\"\(f(y(threshold)))\" class=\"threshold\"/>"
        s += "<text x=\"\(f(w - right - 4))\" y=\"\(f(y(threshold) - 6))\" class=\"threshold-label\" text-anchor=\"end\">\(HTML.escape(thresholdLabel))</text>"
        let path = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(f(x($0.offset))),\(f(y($0.element.value)))" }.joined()
        s += "<path d=\"\(path)\" class=\"line\"/>"
        s += "</svg>"
        return s
    }

    /// Horizontal bars: one per (label, value), scaled to the largest, with the value's text.
    public static func bars(_ rows: [(label: String, value: Double, text: String)], title: String) -> String {
        let w = 720.0, rowH = 26.0, labelW = 200.0, textW = 90.0
        let h = rowH * Double(max(rows.count, 1)) + 8
        let maxValue = max(rows.map(\.value).max() ?? 0, 1e-12)
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>"
        for (i, r) in rows.enumerated() {
            let y0 = 4 + Double(i) * rowH
            let bw = max(0, (w - labelW - textW - 8) * r.value / maxValue)
            s += "<text x=\"\(f(labelW - 8))\" y=\"\(f(y0 + 17))\" class=\"label\" text-anchor=\"end\">\(HTML.escape(r.label))</text>"
            s += "<rect x=\"\(f(labelW))\" y=\"\(f(y0 + 4))\" width=\"\(f(bw))\" height=\"\(f(rowH - 8))\" class=\"bar\"/>"
            s += "<text x=\"\(f(labelW + bw + 6))\" y=\"\(f(y0 + 17))\" class=\"value\">\(HTML.escape(r.text))</text>"
        }
        s += "</svg>"
        return s
    }

    private static func f(_ v: Double) -> String { HTML.fixed(v, 1) }
}
