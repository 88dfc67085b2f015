/// Tuning: lexicon checks, suggestions, diffs and explanations (issue 7). Types are added beside this file.
public enum TuningModule {}
