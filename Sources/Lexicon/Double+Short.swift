extension Double {
    /// Rounded to `places` decimals and written without trailing zeros, as lexicon files and
    /// explanations show numbers: `0.33333.short()` is `0.333`, `2.0.short()` is `2`.
    public func short(places: Int = 3) -> String {
        var scale = 1.0
        for _ in 0..<max(places, 0) { scale *= 10 }
        let r = (self * scale).rounded() / scale
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }
}
