// The ODRLens bridge to ICU. This header is the only thing Swift sees of it: it declares plain C
// types only, never ICU's, so that the Swift modules importing it can also import Foundation
// (whose bundled ICU would otherwise clash with the system's `UErrorCode`). The functions are
// implemented in odr_icu.c, which includes ICU's headers, so the C compiler checks every call
// against them and ICU's version-suffixed symbol names (`ubrk_open_72`) are resolved there.
#ifndef ODR_ICU_H
#define ODR_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's version as compiled against (from the headers), e.g. "72.1".
const char *odr_icu_header_version(void);
/// ICU's version of the library loaded at run time, written into `buf` (at least 24 bytes).
void odr_icu_runtime_version(char *buf, int32_t cap);
/// The size of ICU's `UChar` as the headers define it (must be 2).
int32_t odr_icu_uchar_size(void);
/// 1 when `code` is an ICU failure code (`U_FAILURE`).
int odr_icu_failure(int code);
/// The name of an ICU error code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *odr_icu_error_name(int code);

// ---- Conversion ------------------------------------------------------------------------------

/// A charset converter that turns bytes into UTF-16, substituting U+FFFD for invalid input
/// and recording where it did.
typedef struct odr_converter odr_converter;

/// Opens a converter for a charset name ICU knows ("GB18030", "Big5", "Shift_JIS", "windows-1252",
/// "UTF-16LE"). On failure returns NULL and sets *status.
odr_converter *odr_converter_open(const char *name, int *status);
void odr_converter_close(odr_converter *c);
/// ICU's canonical name of the converter's charset.
const char *odr_converter_name(odr_converter *c);
/// Converts `src` into `dst` (capacity must be at least 2 * srcLen + 16). With `flush` 0 an
/// incomplete sequence at the end is kept for the next call. Positions (UTF-16 indexes into this
/// call's output) of substituted invalid sequences are written to `bad` (up to `badCap`);
/// `*badCount` receives how many there were in total. Returns the number of units written.
int32_t odr_converter_to_utf16(odr_converter *c, const char *src, int32_t srcLen,
                               uint16_t *dst, int32_t dstCap, int flush,
                               int32_t *bad, int32_t badCap, int32_t *badCount, int *status);

/// Runs ICU's charset detector on a sample. Writes up to `cap` candidate names (each up to 32
/// bytes, NUL-terminated, best first) into `names` and their confidences (0-100) into `conf`.
/// Returns the number of candidates.
int32_t odr_detect_charsets(const char *sample, int32_t len, char names[][32], int32_t *conf,
                            int32_t cap, int *status);

// ---- Analysis: normalization and word segmentation ----------------------------------------

/// Token kinds, from ICU's word-break rule status and the emoji properties.
enum {
    ODR_TOKEN_WORD = 0,
    ODR_TOKEN_IDEOGRAPHIC = 1,
    ODR_TOKEN_NUMBER = 2,
    ODR_TOKEN_EMOJI = 3,
    ODR_TOKEN_KANA = 4,
};

/// One token: [start, end) in UTF-16 units of the normalized text.
typedef struct {
    int32_t start;
    int32_t end;
    int32_t kind;
    int32_t script;   ///< ICU UScriptCode of the token's first letter
} odr_token;

/// Per-thread analysis state (a word break iterator and reusable buffers). Not thread-safe:
/// use one per thread.
typedef struct odr_analyzer odr_analyzer;

odr_analyzer *odr_analyzer_open(int *status);
void odr_analyzer_close(odr_analyzer *a);

/// Analyzes one text given as UTF-8 (invalid sequences become U+FFFD): converts to UTF-16,
/// normalizes (NFKC with case folding, Traditional to Simplified Chinese, typographic
/// apostrophes to ASCII) keeping a map back to the original, and segments the normalized text
/// into tokens (spaces and punctuation are not tokens). Returns the number of tokens, or -1.
int32_t odr_analyze_utf8(odr_analyzer *a, const char *utf8, int32_t len, int *status);
/// The same for UTF-16 input.
int32_t odr_analyze_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status);

/// Results of the last analysis; valid until the next call on the same analyzer.
const uint16_t *odr_analyzer_original(odr_analyzer *a, int32_t *len);
const uint16_t *odr_analyzer_normalized(odr_analyzer *a, int32_t *len);
/// For each normalized unit i (and i == normalized length), the original UTF-16 index it came from.
const int32_t *odr_analyzer_map(odr_analyzer *a);
const odr_token *odr_analyzer_tokens(odr_analyzer *a, int32_t *count);
/// How many exclamation marks the normalized text has (full-width ones included).
int32_t odr_analyzer_exclamations(odr_analyzer *a);
/// Nonzero when the last text given to `odr_analyze_utf8` was all ASCII: the normalized text then
/// has one unit per original unit (the map is the identity).
int odr_analyzer_original_is_ascii(odr_analyzer *a);
/// 1 when three equal units at or above '0' (digits, letters, '@', '_' …) stand in a row in
/// `s[0..<n]` (the test a stretched word such as "sooo" passes); plain C so that it vectorizes.
int odr_has_run_of_three(const uint16_t *s, int32_t n);

/// With `on` nonzero (the default), a text that is all ASCII after normalization is segmented by
/// a scanner of ICU's word rules for ASCII instead of ICU's break iterator: the same tokens, several
/// times faster. With 0, every text goes through ICU (to compare the two).
void odr_analyzer_set_ascii_fast_path(odr_analyzer *a, int on);

/// Normalizes only (no segmentation); same outputs as above, with zero tokens.
int32_t odr_normalize_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status);

/// ISO 15924 short name of an ICU script code ("Hani", "Latn", "Zyyy").
const char *odr_script_short_name(int32_t script);

/// The Simplified form of a Traditional-only BMP character, or the character itself.
uint16_t odr_simplify_char(uint16_t c);
/// Starts building the Traditional→Simplified table on a thread of its own (once; later calls do
/// nothing): it takes ~27 000 transliterator calls, a quarter of a start-up, which can overlap
/// with reading the lexicon files. Whoever needs the table first waits for it.
void odr_t2s_prepare(void);
/// Applies ICU's "Traditional-Simplified" transliterator to a UTF-16 string (slow; used to build
/// and test the table behind `odr_simplify_char`). Returns the output length.
int32_t odr_transliterate_t2s(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap, int *status);

/// Code point properties used by the tokenizer.
int odr_is_extended_pictographic(int32_t cp);

#ifdef __cplusplus
}
#endif
#endif
