// ODRLens' bridge to ICU: the only file that includes ICU's headers. See include/odr_icu.h.
#include "odr_icu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// The public header promises plain C types that match ICU's: fail the build if they drift.
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(int), "UErrorCode must be an int");
_Static_assert(sizeof(UScriptCode) <= sizeof(int32_t), "UScriptCode fits int32_t");

const char *odr_icu_header_version(void) { return U_ICU_VERSION; }

void odr_icu_runtime_version(char *buf, int32_t cap) {
    UVersionInfo v;
    char tmp[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, tmp);
    strncpy(buf, tmp, (size_t)cap);
    if (cap > 0) buf[cap - 1] = 0;
}

int32_t odr_icu_uchar_size(void) { return (int32_t)sizeof(UChar); }
int odr_icu_failure(int code) { return U_FAILURE((UErrorCode)code) ? 1 : 0; }
const char *odr_icu_error_name(int code) { return u_errorName((UErrorCode)code); }

// ---- Conversion ------------------------------------------------------------------------------

struct odr_converter {
    UConverter *cnv;
    // Set for the duration of one odr_converter_to_utf16 call, read by the callback.
    const UChar *dstStart;
    int32_t *bad;
    int32_t badCap;
    int32_t badCount;
};

// Replaces an invalid, irregular or unassigned sequence with U+FFFD and records where.
static void U_CALLCONV odr_on_invalid(const void *context, UConverterToUnicodeArgs *args,
                                      const char *codeUnits, int32_t length,
                                      UConverterCallbackReason reason, UErrorCode *err) {
    (void)codeUnits; (void)length;
    if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
    odr_converter *c = (odr_converter *)context;
    if (c->badCount < c->badCap) c->bad[c->badCount] = (int32_t)(args->target - c->dstStart);
    c->badCount++;
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

odr_converter *odr_converter_open(const char *name, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &st);
    if (U_FAILURE(st)) { *status = st; return NULL; }
    odr_converter *c = calloc(1, sizeof *c);
    c->cnv = cnv;
    ucnv_setToUCallBack(cnv, odr_on_invalid, c, NULL, NULL, &st);
    if (U_FAILURE(st)) { ucnv_close(cnv); free(c); *status = st; return NULL; }
    *status = U_ZERO_ERROR;
    return c;
}

void odr_converter_close(odr_converter *c) {
    if (!c) return;
    ucnv_close(c->cnv);
    free(c);
}

const char *odr_converter_name(odr_converter *c) {
    UErrorCode st = U_ZERO_ERROR;
    const char *n = ucnv_getName(c->cnv, &st);
    return U_FAILURE(st) ? "" : n;
}

int32_t odr_converter_to_utf16(odr_converter *c, const char *src, int32_t srcLen,
                               uint16_t *dst, int32_t dstCap, int flush,
                               int32_t *bad, int32_t badCap, int32_t *badCount, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    UChar *target = (UChar *)dst;
    const char *source = src;
    c->dstStart = target;
    c->bad = bad;
    c->badCap = badCap;
    c->badCount = 0;
    ucnv_toUnicode(c->cnv, &target, (UChar *)dst + dstCap, &source, src + srcLen, NULL,
                   (UBool)(flush != 0), &st);
    *badCount = c->badCount;
    *status = st;
    return (int32_t)(target - (UChar *)dst);
}

int32_t odr_detect_charsets(const char *sample, int32_t len, char names[][32], int32_t *conf,
                            int32_t cap, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&st);
    if (U_FAILURE(st)) { *status = st; return 0; }
    ucsdet_setText(d, sample, len, &st);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(d, &found, &st);
    int32_t n = 0;
    if (U_SUCCESS(st)) {
        for (int32_t i = 0; i < found && n < cap; i++) {
            UErrorCode s2 = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s2);
            int32_t cf = ucsdet_getConfidence(matches[i], &s2);
            if (U_FAILURE(s2) || !name) continue;
            strncpy(names[n], name, 31);
            names[n][31] = 0;
            conf[n] = cf;
            n++;
        }
    }
    ucsdet_close(d);
    *status = st;
    return n;
}

// ---- Traditional -> Simplified table ---------------------------------------------------------

static uint16_t *t2s_table;  // 65536 entries: 0 where the character stays
static pthread_once_t t2s_once = PTHREAD_ONCE_INIT;

static UTransliterator *open_t2s(UErrorCode *st) {
    static const UChar id[] = {'T','r','a','d','i','t','i','o','n','a','l','-',
                               'S','i','m','p','l','i','f','i','e','d',0};
    return utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, st);
}

int32_t odr_transliterate_t2s(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    UTransliterator *t = open_t2s(&st);
    if (U_FAILURE(st)) { *status = st; return 0; }
    if (len > cap) len = cap;
    memcpy(dst, src, (size_t)len * sizeof(UChar));
    int32_t textLen = len, limit = len;
    utrans_transUChars(t, (UChar *)dst, &textLen, cap, 0, &limit, &st);
    utrans_close(t);
    *status = st;
    return textLen;
}

// Built once from ICU's transliterator, one character at a time: the transliterator itself runs
// at ~8 MB/s, far too slow to apply to every review, while a table lookup is free.
static void build_t2s_table(void) {
    uint16_t *table = calloc(65536, sizeof(uint16_t));
    UErrorCode st = U_ZERO_ERROR;
    UTransliterator *t = open_t2s(&st);
    if (U_SUCCESS(st)) {
        static const int32_t ranges[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};
        for (int r = 0; r < 2; r++) {
            for (int32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
                UChar buf[8] = {(UChar)cp};
                int32_t len = 1, limit = 1;
                UErrorCode s2 = U_ZERO_ERROR;
                utrans_transUChars(t, buf, &len, 8, 0, &limit, &s2);
                if (U_SUCCESS(s2) && len == 1 && buf[0] != (UChar)cp && !U16_IS_SURROGATE(buf[0]))
                    table[cp] = buf[0];
            }
        }
        utrans_close(t);
    }
    // Typographic apostrophes, so that "didn’t" and "didn't" are one word.
    table[0x2018] = '\'';
    table[0x2019] = '\'';
    table[0x02BC] = '\'';
    t2s_table = table;
}

static inline const uint16_t *t2s(void) {
    pthread_once(&t2s_once, build_t2s_table);
    return t2s_table;
}

uint16_t odr_simplify_char(uint16_t c) {
    uint16_t m = t2s()[c];
    return m ? m : c;
}

// ---- Analysis ----------------------------------------------------------------------------

struct odr_analyzer {
    UBreakIterator *brk;
    const UNormalizer2 *nfkc_cf;
    const uint16_t *table;
    UChar *orig; int32_t origLen, origCap;
    UChar *norm; int32_t normLen, normCap;
    int32_t *map; int32_t mapCap;  // normCap + 1 entries
    odr_token *tokens; int32_t tokenCount, tokenCap;
    int32_t exclamations;  // '!' in the normalized text (！ included, after NFKC)
};

odr_analyzer *odr_analyzer_open(int *status) {
    UErrorCode st = U_ZERO_ERROR;
    odr_analyzer *a = calloc(1, sizeof *a);
    a->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
    if (U_SUCCESS(st)) a->brk = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
    if (U_FAILURE(st)) { *status = st; odr_analyzer_close(a); return NULL; }
    a->table = t2s();
    *status = U_ZERO_ERROR;
    return a;
}

void odr_analyzer_close(odr_analyzer *a) {
    if (!a) return;
    if (a->brk) ubrk_close(a->brk);
    free(a->orig); free(a->norm); free(a->map); free(a->tokens);
    free(a);
}

static void ensure_orig(odr_analyzer *a, int32_t n) {
    if (n > a->origCap) {
        a->origCap = n + n / 2 + 64;
        a->orig = realloc(a->orig, (size_t)a->origCap * sizeof(UChar));
    }
}

static void ensure_norm(odr_analyzer *a, int32_t n) {
    if (n > a->normCap) {
        int32_t cap = n + n / 2 + 64;
        a->norm = realloc(a->norm, (size_t)cap * sizeof(UChar));
        a->map = realloc(a->map, (size_t)(cap + 1) * sizeof(int32_t));
        a->normCap = cap;
    }
}

static inline void put(odr_analyzer *a, UChar u, int32_t from) {
    if (a->normLen >= a->normCap) ensure_norm(a, a->normLen + 1);
    if (!U16_IS_SURROGATE(u)) { uint16_t m = a->table[u]; if (m) u = m; }
    a->norm[a->normLen] = u;
    a->map[a->normLen] = from;
    a->normLen++;
    a->exclamations += (u == '!');
}

// NFKC_Casefold + table, unit by unit with fast paths, so every output unit knows its source.
static int normalize(odr_analyzer *a, UErrorCode *st) {
    const UChar *s = a->orig;
    int32_t n = a->origLen;
    a->normLen = 0;
    a->exclamations = 0;
    ensure_norm(a, n + 16);
    UChar seg[64];
    int32_t i = 0;
    while (i < n) {
        UChar c = s[i];
        if (c < 0x80 && (i + 1 == n || s[i + 1] < 0x300)) {
            put(a, (c >= 'A' && c <= 'Z') ? (UChar)(c + 32) : c, i);
            i++;
            continue;
        }
        UChar32 cp;
        int32_t j = i;
        U16_NEXT(s, j, n, cp);
        if (unorm2_isInert(a->nfkc_cf, cp)) {
            for (int32_t k = i; k < j; k++) put(a, s[k], i);
            i = j;
            continue;
        }
        // A normalization segment: up to the next character with a boundary before it.
        while (j < n) {
            int32_t k = j;
            UChar32 next;
            U16_NEXT(s, k, n, next);
            if (unorm2_hasBoundaryBefore(a->nfkc_cf, next)) break;
            j = k;
        }
        UErrorCode s2 = U_ZERO_ERROR;
        UChar *out = seg;
        int32_t cap = (int32_t)(sizeof seg / sizeof seg[0]);
        int32_t len = unorm2_normalize(a->nfkc_cf, s + i, j - i, out, cap, &s2);
        if (s2 == U_BUFFER_OVERFLOW_ERROR) {
            out = malloc((size_t)(len + 1) * sizeof(UChar));
            s2 = U_ZERO_ERROR;
            len = unorm2_normalize(a->nfkc_cf, s + i, j - i, out, len + 1, &s2);
        }
        if (U_FAILURE(s2)) { *st = s2; if (out != seg) free(out); return 0; }
        for (int32_t k = 0; k < len; k++) put(a, out[k], i);
        if (out != seg) free(out);
        i = j;
    }
    a->map[a->normLen] = n;
    return 1;
}

static inline void add_token(odr_analyzer *a, int32_t start, int32_t end, int32_t kind, int32_t script) {
    if (a->tokenCount >= a->tokenCap) {
        a->tokenCap = a->tokenCap * 2 + 64;
        a->tokens = realloc(a->tokens, (size_t)a->tokenCap * sizeof(odr_token));
    }
    odr_token *t = &a->tokens[a->tokenCount++];
    t->start = start; t->end = end; t->kind = kind; t->script = script;
}

int odr_is_extended_pictographic(int32_t cp) {
    return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
           (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

static int segment(odr_analyzer *a, UErrorCode *st) {
    a->tokenCount = 0;
    if (a->normLen == 0) return 1;
    ubrk_setText(a->brk, a->norm, a->normLen, st);
    if (U_FAILURE(*st)) return 0;
    int32_t start = ubrk_first(a->brk), end;
    while ((end = ubrk_next(a->brk)) != UBRK_DONE) {
        int32_t status = ubrk_getRuleStatus(a->brk);
        UChar32 cp;
        int32_t k = start;
        U16_NEXT(a->norm, k, end, cp);
        int32_t kind;
        if (status >= UBRK_WORD_IDEO) kind = ODR_TOKEN_IDEOGRAPHIC;
        else if (status >= UBRK_WORD_KANA) kind = ODR_TOKEN_KANA;
        else if (status >= UBRK_WORD_LETTER) kind = ODR_TOKEN_WORD;
        else if (status >= UBRK_WORD_NUMBER) kind = ODR_TOKEN_NUMBER;
        else if (cp > 0x7F && odr_is_extended_pictographic(cp)) kind = ODR_TOKEN_EMOJI;
        else { start = end; continue; }
        int32_t script;
        if (kind == ODR_TOKEN_IDEOGRAPHIC && cp >= 0x3400 && cp <= 0x9FFF) script = USCRIPT_HAN;
        else if (cp < 0x80) script = (kind == ODR_TOKEN_WORD) ? USCRIPT_LATIN : USCRIPT_COMMON;
        else {
            UErrorCode s2 = U_ZERO_ERROR;
            script = uscript_getScript(cp, &s2);
        }
        add_token(a, start, end, kind, script);
        start = end;
    }
    return 1;
}

static int32_t analyze(odr_analyzer *a, int doSegment, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    a->tokenCount = 0;
    if (!normalize(a, &st)) { *status = st; return -1; }
    if (doSegment && !segment(a, &st)) { *status = st; return -1; }
    *status = U_ZERO_ERROR;
    return a->tokenCount;
}

int32_t odr_analyze_utf8(odr_analyzer *a, const char *utf8, int32_t len, int *status) {
    UErrorCode st = U_ZERO_ERROR;
    ensure_orig(a, len + 1);
    int32_t n = 0;
    u_strFromUTF8WithSub(a->orig, a->origCap, &n, utf8, len, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) { *status = st; return -1; }
    a->origLen = n;
    return analyze(a, 1, status);
}

int32_t odr_analyze_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status) {
    ensure_orig(a, len + 1);
    memcpy(a->orig, text, (size_t)len * sizeof(UChar));
    a->origLen = len;
    return analyze(a, 1, status);
}

int32_t odr_normalize_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status) {
    ensure_orig(a, len + 1);
    memcpy(a->orig, text, (size_t)len * sizeof(UChar));
    a->origLen = len;
    return analyze(a, 0, status);
}

const uint16_t *odr_analyzer_original(odr_analyzer *a, int32_t *len) { *len = a->origLen; return a->orig; }
const uint16_t *odr_analyzer_normalized(odr_analyzer *a, int32_t *len) { *len = a->normLen; return a->norm; }
const int32_t *odr_analyzer_map(odr_analyzer *a) { return a->map; }
const odr_token *odr_analyzer_tokens(odr_analyzer *a, int32_t *count) { *count = a->tokenCount; return a->tokens; }
int32_t odr_analyzer_exclamations(odr_analyzer *a) { return a->exclamations; }

const char *odr_script_short_name(int32_t script) {
    const char *n = uscript_getShortName((UScriptCode)script);
    return n ? n : "Zzzz";
}
