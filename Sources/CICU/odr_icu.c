// ODRLens' bridge to ICU: the only file that includes ICU's headers. See include/odr_icu.h.
#include "odr_icu.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

static void *t2s_build_thread(void *arg) {
    (void)arg;
    (void)t2s();
    return NULL;
}

void odr_t2s_prepare(void) {
    static atomic_flag started = ATOMIC_FLAG_INIT;
    if (atomic_flag_test_and_set(&started)) return;
    pthread_t th;
    if (pthread_create(&th, NULL, t2s_build_thread, NULL) == 0) pthread_detach(th);
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
    int asciiFastPath;     // segment all-ASCII texts with segment_ascii (default 1)
    int origASCII;         // the last text given as UTF-8 was ASCII (normalized text maps 1:1 onto it)
};

odr_analyzer *odr_analyzer_open(int *status) {
    UErrorCode st = U_ZERO_ERROR;
    odr_analyzer *a = calloc(1, sizeof *a);
    a->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
    if (U_SUCCESS(st)) a->brk = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
    if (U_FAILURE(st)) { *status = st; odr_analyzer_close(a); return NULL; }
    a->table = t2s();
    a->asciiFastPath = 1;
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
        if (s[i] < 0x80 && (i + 1 == n || s[i + 1] < 0x300)) {
            // A run of ASCII characters, none followed by a combining mark: NFKC_Casefold only
            // lower-cases them and the table maps none of them, so they are copied in a tight
            // loop (room for the rest of the text is made once; NFKC can have grown it before).
            ensure_norm(a, a->normLen + (n - i) + 1);
            UChar *out = a->norm + a->normLen;
            int32_t *map = a->map + a->normLen;
            int32_t start = i, bangs = 0;
            do {
                UChar c = s[i];
                c = (c >= 'A' && c <= 'Z') ? (UChar)(c + 32) : c;
                bangs += (c == '!');
                *out++ = c;
                *map++ = i;
                i++;
            } while (i < n && s[i] < 0x80 && (i + 1 == n || s[i + 1] < 0x300));
            a->normLen += i - start;
            a->exclamations += bangs;
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

// ---- ASCII segmentation ----------------------------------------------------------------------
//
// ICU's word break iterator is most of the text layer's time on English text, yet on ASCII its
// rules (ICU 72's root word.txt: UAX #29 with ICU's tailoring) come down to a few. Restricted to
// ASCII, the Word_Break classes that can join characters are ALetter (a-z, A-Z, and '@', which
// ICU adds), Numeric (0-9), ExtendNumLet ('_'), MidNumLet ('.'), Single_Quote ('\'') and MidNum
// (',' ';'); ICU takes ':' out of MidLetter, and ASCII has no Hebrew_Letter, Katakana, Extend,
// Format or ZWJ. With L a letter, N a digit, the rules and their statuses are (chained: a rule may
// start on the last character of the one before)
//
//     L {200}   N {100}   L L {200}   N L {200}   L N {100}   N N {100}     WB5, WB8-WB10
//     L (MidNumLet | Single_Quote) L {200}                                  WB6, WB7
//     N (MidNum | MidNumLet | Single_Quote) N {100}                         WB11, WB12
//     L _ {200}   _ _ {200}   N _ {100}   _ L {200}   _ N {100}             WB13a, WB13b
//
// and everything else (spaces, CR LF, other punctuation, a lone '_') is a segment of status 0,
// never a token. So a token is a maximal run of letters, digits and '_' that may also cross one
// middle character between two letters or two digits, and its status is that of the rule ending
// on its last character: 200 for a letter, 100 for a digit, and for '_' 200 after a letter or
// '_', 100 after a digit. Tests/ReviewTextTests/AsciiSegmentationTests.swift holds this to ICU
// (every ASCII string up to 3 characters, every string of the joining classes up to 5, generated
// punctuation-heavy text, and the corpora when present).

enum { WB_OTHER = 0, WB_LETTER = 1, WB_DIGIT = 2, WB_UNDERSCORE = 4, WB_MID_LETTER = 8, WB_MID_NUM = 16 };
#define WB_RUN (WB_LETTER | WB_DIGIT | WB_UNDERSCORE)

// Word_Break class of each ASCII character, as the rules above use it.
static const uint8_t wb_ascii[128] = {
    ['a' ... 'z'] = WB_LETTER, ['A' ... 'Z'] = WB_LETTER, ['0' ... '9'] = WB_DIGIT,
    ['@'] = WB_LETTER,  // ICU adds '@' to ALetter (e-mail addresses stay one word)
    ['_'] = WB_UNDERSCORE,
    ['.'] = WB_MID_LETTER | WB_MID_NUM,   // MidNumLet
    ['\''] = WB_MID_LETTER | WB_MID_NUM,  // Single_Quote
    [','] = WB_MID_NUM, [';'] = WB_MID_NUM,
};

static inline int is_ascii(const UChar *s, int32_t n) {
    UChar any = 0;
    for (int32_t i = 0; i < n; i++) any |= s[i];
    return any < 0x80;
}

// Tokens of an all-ASCII text, exactly as segment() finds them with ICU (see above).
static void segment_ascii(odr_analyzer *a) {
    const UChar *s = a->norm;
    const int32_t n = a->normLen;
    const uint8_t *wb = wb_ascii;
    int32_t i = 0;
    while (i < n) {
        uint8_t c = wb[s[i]];
        if (!(c & WB_RUN)) { i++; continue; }
        int32_t start = i;
        uint8_t prev = WB_OTHER, last = c;  // classes of the last two characters
        i++;
        while (i < n) {
            uint8_t d = wb[s[i]];
            if (d & WB_RUN) { prev = last; last = d; i++; continue; }
            // A middle character joins two letters or two digits.
            if (i + 1 < n && (last & (WB_LETTER | WB_DIGIT))) {
                uint8_t e = wb[s[i + 1]];
                if ((last == WB_LETTER && (d & WB_MID_LETTER) && e == WB_LETTER) ||
                    (last == WB_DIGIT && (d & WB_MID_NUM) && e == WB_DIGIT)) {
                    prev = d; last = e; i += 2;
                    continue;
                }
            }
            break;
        }
        int word;
        if (last == WB_LETTER) word = 1;
        else if (last == WB_DIGIT) word = 0;
        else if (prev == WB_OTHER) continue;  // a lone '_' (status 0)
        else word = prev != WB_DIGIT;
        add_token(a, start, i, word ? ODR_TOKEN_WORD : ODR_TOKEN_NUMBER, word ? USCRIPT_LATIN : USCRIPT_COMMON);
    }
}

void odr_analyzer_set_ascii_fast_path(odr_analyzer *a, int on) { a->asciiFastPath = on != 0; }

static int segment(odr_analyzer *a, UErrorCode *st) {
    a->tokenCount = 0;
    if (a->normLen == 0) return 1;
    if (a->asciiFastPath && is_ascii(a->norm, a->normLen)) {
        segment_ascii(a);
        return 1;
    }
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
    ensure_orig(a, len + 1);
    // ASCII (most English reviews) is widened here, eight bytes checked at a time: ICU's
    // converter was a tenth of the English text layer.
    const unsigned char *u = (const unsigned char *)utf8;
    int ascii = 1;
    int32_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if (w & 0x8080808080808080ULL) { ascii = 0; break; }
    }
    for (; ascii && i < len; i++) if (u[i] & 0x80) ascii = 0;
    a->origASCII = ascii;
    if (ascii) {
        for (int32_t k = 0; k < len; k++) a->orig[k] = u[k];
        a->origLen = len;
    } else {
        UErrorCode st = U_ZERO_ERROR;
        int32_t n = 0;
        u_strFromUTF8WithSub(a->orig, a->origCap, &n, utf8, len, 0xFFFD, NULL, &st);
        if (U_FAILURE(st)) { *status = st; return -1; }
        a->origLen = n;
    }
    return analyze(a, 1, status);
}

int32_t odr_analyze_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status) {
    ensure_orig(a, len + 1);
    a->origASCII = 0;
    memcpy(a->orig, text, (size_t)len * sizeof(UChar));
    a->origLen = len;
    return analyze(a, 1, status);
}

int32_t odr_normalize_utf16(odr_analyzer *a, const uint16_t *text, int32_t len, int *status) {
    ensure_orig(a, len + 1);
    a->origASCII = 0;
    memcpy(a->orig, text, (size_t)len * sizeof(UChar));
    a->origLen = len;
    return analyze(a, 0, status);
}

const uint16_t *odr_analyzer_original(odr_analyzer *a, int32_t *len) { *len = a->origLen; return a->orig; }
const uint16_t *odr_analyzer_normalized(odr_analyzer *a, int32_t *len) { *len = a->normLen; return a->norm; }
const int32_t *odr_analyzer_map(odr_analyzer *a) { return a->map; }
const odr_token *odr_analyzer_tokens(odr_analyzer *a, int32_t *count) { *count = a->tokenCount; return a->tokens; }
int32_t odr_analyzer_exclamations(odr_analyzer *a) { return a->exclamations; }
int odr_analyzer_original_is_ascii(odr_analyzer *a) { return a->origASCII; }

int odr_has_run_of_three(const uint16_t *s, int32_t n) {
    int32_t i = 0;
#if defined(__SSE2__)
    /* Eight positions at a time: s[i] == s[i+1] == s[i+2] and s[i] >= 0x30 (unsigned: 0x30 - x
       saturates to 0 exactly then). The compiler did not vectorize the plain loop. */
    const __m128i k30 = _mm_set1_epi16(0x30), zero = _mm_setzero_si128();
    for (; i + 10 <= n; i += 8) {
        __m128i a = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(s + i + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(s + i + 2));
        __m128i run = _mm_and_si128(_mm_cmpeq_epi16(a, b), _mm_cmpeq_epi16(a, c));
        __m128i letter = _mm_cmpeq_epi16(_mm_subs_epu16(k30, a), zero);
        if (_mm_movemask_epi8(_mm_and_si128(run, letter))) return 1;
    }
#endif
    uint16_t hits = 0;
    for (; i + 2 < n; i++) {
        uint16_t x = s[i];
        hits |= ((x ^ s[i + 1]) | (x ^ s[i + 2]) | (x < 0x30)) == 0;
    }
    return hits != 0;
}

const char *odr_script_short_name(int32_t script) {
    const char *n = uscript_getShortName((UScriptCode)script);
    return n ? n : "Zzzz";
}
