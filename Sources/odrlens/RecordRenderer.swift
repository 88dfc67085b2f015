import Classifier
import Records

/// Classification records as JSON (the schema documented in README).
enum RecordRenderer {
    static func json(_ c: Classification, text: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("lang"); w.string(c.language)
        w.key("text"); w.string(text)
        w.key("categories"); w.beginArray()
        for r in c.categories {
            w.beginObject()
            w.key("id"); w.string(r.category.id)
            w.key("area"); w.string(r.category.area.rawValue)
            w.key("score"); w.number((r.score * 1000).rounded() / 1000)
            w.key("evidence"); w.beginArray()
            for e in r.evidence {
                w.beginObject()
                w.key("field"); w.string(e.field.rawValue)
                w.key("start"); w.number(e.start)
                w.key("end"); w.number(e.end)
                w.key("text"); w.string(e.text)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("sentiment"); w.beginObject()
        w.key("label"); w.string(c.sentiment.label.rawValue)
        w.key("score"); w.number((c.sentiment.score * 1000).rounded() / 1000)
        w.endObject()
        w.endObject()
        return String(decoding: w.takeOutput(), as: UTF8.self)
    }
}
