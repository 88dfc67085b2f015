import Foundation

/// The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
/// 2008, "Fightin' Words", eq. 22), and its z-score.
///
/// For an n-gram with count `y₁` of `n₁` in the target group and `y₂` of `n₂` in the background,
/// and a prior `α_w = α₀ · π_w` where `π_w` is its share of the whole dump:
///
///     δ = log((y₁ + α_w) / (n₁ + α₀ − y₁ − α_w)) − log((y₂ + α_w) / (n₂ + α₀ − y₂ − α_w))
///     σ² ≈ 1 / (y₁ + α_w) + 1 / (y₂ + α_w)
///     z = δ / σ
///
/// The prior shrinks the log-odds of rare n-grams towards zero, so a word seen twice does not
/// outrank one seen two hundred times; the z-score accounts for the remaining uncertainty.
struct LogOddsScore: Sendable, Hashable {
    /// δ, the log-odds ratio.
    var delta: Double
    /// δ / σ.
    var z: Double

    /// Scores counts. `priorTotal` is α₀; `share` is π_w.
    init(target y1: Double, targetTotal n1: Double, background y2: Double, backgroundTotal n2: Double,
         share: Double, priorTotal a0: Double) {
        let aw = max(a0 * share, 1e-9)
        let l1 = log((y1 + aw) / max(n1 + a0 - y1 - aw, 1e-9))
        let l2 = log((y2 + aw) / max(n2 + a0 - y2 - aw, 1e-9))
        delta = l1 - l2
        z = delta / (1 / (y1 + aw) + 1 / (y2 + aw)).squareRoot()
    }
}
