/// Tuning: the tools a seller uses to improve the lexicons on their own data (issue 7).
///
/// - ``Explainer`` shows every step of one classification (`odrlens explain`);
/// - ``LexiconChecker`` finds dead, shadowed and conflicting entries (`odrlens lexicon check`);
/// - ``PhraseSuggester`` proposes phrases over-represented in a group of reviews (`odrlens lexicon suggest`);
/// - ``LexiconDiffer`` shows which reviews change between two lexicon versions (`odrlens lexicon diff`).
///
/// Dumps are read with ``ReviewDump`` (anything `classify` reads) and processed on every core.
public enum TuningModule {}
