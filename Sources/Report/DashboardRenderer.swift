import Lexicon
import Mustache
import ODR

/// Renders the dashboard: one self-contained HTML page.
public enum DashboardRenderer {
    /// The page for `result`, labels in `language` (`zh` or `en`).
    /// - Throws: when the template does not parse (a bug, caught by the tests).
    public static func html(_ result: AttributeResult, categories: [DefectCategory], language: String) throws -> String {
        let template = try MustacheTemplate(string: DashboardTemplate.html)
        let context = DashboardBuilder.context(result, categories: categories, labels: DashboardLabels(language: language))
        return template.render(context)
    }
}
