/* grep [-iv c n l h H q F E w] PATTERN [FILE]... -- print lines that match (GNU grep's output).
 *
 * Patterns: fixed strings (-F), or a simple regular expression: literal characters, `.`,
 * `[abc]` `[^a-z]`, `^` and `$` anchors, `*` after any of those, and (with -E) `+` and `?`;
 * `\` quotes the next character; alternatives are separated by `|` (-E) or `\|` (basic).  Exit status: 0 a line matched, 1 none, 2 an error.
 */
#include "libc.h"

static int opt_i, opt_v, opt_c, opt_n, opt_l, opt_q, opt_F, opt_E, opt_w, opt_h, opt_H;
static const char *pattern;

static int fold(int c) { return opt_i ? tolower(c) : c; }

/* one pattern item at p matches character c?  *len: how long the item is */
static int item_matches(const char *p, int c, int *len)
{
    if (*p == '\\' && p[1]) {
        *len = 2;
        return fold(p[1]) == fold(c);
    }
    if (*p == '.') {
        *len = 1;
        return c != '\n';
    }
    if (*p == '[') {
        const char *q = p + 1;
        int negate = *q == '^';
        if (negate)
            q++;
        int hit = 0, first = 1;
        for (; *q && (*q != ']' || first); q++, first = 0) {
            if (q[1] == '-' && q[2] && q[2] != ']') {
                if (fold(c) >= fold(q[0]) && fold(c) <= fold(q[2]))
                    hit = 1;
                q += 2;
            } else if (fold(*q) == fold(c)) {
                hit = 1;
            }
        }
        *len = (int)(q - p) + (*q == ']');
        return hit != negate;
    }
    *len = 1;
    return fold(*p) == fold(c);
}

static int match_here(const char *p, const char *s, const char **end);

static int match_repeat(const char *p, int item_len, int min, int max, const char *s,
                        const char **end)
{
    const char *t = s;
    int n = 0, len;
    while (*t && (max < 0 || n < max) && item_matches(p, (unsigned char)*t, &len))
        t++, n++;
    const char *rest = p + item_len + 1;
    for (; n >= min; n--, t--)              /* longest first */
        if (match_here(rest, t, end))
            return 1;
    return 0;
}

static int match_here(const char *p, const char *s, const char **end)
{
    if (!*p) {
        *end = s;
        return 1;
    }
    if (p[0] == '$' && !p[1]) {
        *end = s;
        return !*s;
    }
    int len;
    item_matches(p, 'x', &len);            /* the item's length */
    char op = p[len];
    if (op == '*')
        return match_repeat(p, len, 0, -1, s, end);
    if (opt_E && op == '+')
        return match_repeat(p, len, 1, -1, s, end);
    if (opt_E && op == '?')
        return match_repeat(p, len, 0, 1, s, end);
    if (*s && item_matches(p, (unsigned char)*s, &len))
        return match_here(p + len, s + 1, end);
    return 0;
}

static int is_word_char(int c) { return isalnum(c) || c == '_'; }

static int one_pattern_matches(const char *line);

/* the pattern split at its top-level alternation bars */
static char *alternatives[64];
static int nalternatives;

static void split_alternatives(const char *text)
{
    char *copy = strdup(text), *start = copy, *out = copy;
    nalternatives = 0;
    for (const char *p = text;; p++) {
        int bar = opt_E ? (*p == '|') : (p[0] == '\\' && p[1] == '|');
        if (!*p || (bar && !opt_F)) {
            *out++ = 0;
            if (nalternatives < 64)
                alternatives[nalternatives++] = start;
            if (!*p)
                break;
            start = out;
            if (!opt_E)
                p++;
            continue;
        }
        if (*p == '\\' && p[1]) {
            *out++ = *p++;
        }
        *out++ = *p;
    }
}

static int line_matches(const char *line)
{
    for (int i = 0; i < nalternatives; i++) {
        pattern = alternatives[i];
        if (one_pattern_matches(line))
            return 1;
    }
    return 0;
}

static int one_pattern_matches(const char *line)
{
    size_t plen = strlen(pattern);
    for (const char *s = line;; s++) {
        const char *end = NULL;
        int hit;
        if (opt_F) {
            hit = strncmp(s, pattern, plen) == 0 ||
                  (opt_i && strncasecmp(s, pattern, plen) == 0);
            end = s + plen;
            if (hit && plen && strlen(s) < plen)
                hit = 0;
        } else if (pattern[0] == '^') {
            if (s != line)
                return 0;
            hit = match_here(pattern + 1, s, &end);
        } else {
            hit = match_here(pattern, s, &end);
        }
        if (hit && opt_w && ((s > line && is_word_char((unsigned char)s[-1])) ||
                             is_word_char((unsigned char)*end) || end == s))
            hit = 0;
        if (hit)
            return 1;
        if (!*s)
            return 0;
    }
}

static int grep_fd(int fd, const char *name, int show_name)
{
    FILE *f = fdopen(fd, "r");
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0, count = 0;
    ssize_t n;
    if (!f)
        return -1;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (n > 0 && line[n - 1] == '\n')
            line[n - 1] = 0;
        if (line_matches(line) == opt_v)
            continue;
        count++;
        if (opt_q)
            exit(0);
        if (opt_l)
            break;
        if (opt_c)
            continue;
        if (show_name)
            printf("%s:", name);
        if (opt_n)
            printf("%ld:", lineno);
        printf("%s\n", line);
    }
    if (opt_c) {
        if (show_name)
            printf("%s:", name);
        printf("%ld\n", count);
    }
    if (opt_l && count)
        printf("%s\n", name);
    free(line);
    if (fd != 0)
        fclose(f);
    return count > 0;
}

int main(int argc, char **argv)
{
    int opt;
    opterr = 0;
    while ((opt = getopt(argc, argv, "ivcnlqFEGwhHe:")) != -1) {
        switch (opt) {
        case 'i': opt_i = 1; break;
        case 'v': opt_v = 1; break;
        case 'c': opt_c = 1; break;
        case 'n': opt_n = 1; break;
        case 'l': opt_l = 1; break;
        case 'q': opt_q = 1; break;
        case 'F': opt_F = 1; break;
        case 'E': opt_E = 1; break;
        case 'G': opt_E = 0; break;
        case 'w': opt_w = 1; break;
        case 'h': opt_h = 1; break;
        case 'H': opt_H = 1; break;
        case 'e': pattern = optarg; break;
        default:
            fprintf(stderr, "grep: invalid option -- '%c'\n"
                            "Usage: grep [OPTION]... PATTERNS [FILE]...\n"
                            "Try 'grep --help' for more information.\n", optopt);
            return 2;
        }
    }
    if (!pattern) {
        if (optind >= argc) {
            fprintf(stderr, "Usage: grep [OPTION]... PATTERNS [FILE]...\n"
                            "Try 'grep --help' for more information.\n");
            return 2;
        }
        pattern = argv[optind++];
    }
    split_alternatives(pattern);
    int nfiles = argc - optind, matched = 0, error = 0;
    int show_name = (nfiles > 1 || opt_H) && !opt_h;
    if (nfiles == 0) {
        matched = grep_fd(0, "(standard input)", opt_H) > 0;
    }
    for (int k = optind; k < argc; k++) {
        int fd = strcmp(argv[k], "-") == 0 ? 0 : open(argv[k], O_RDONLY);
        if (fd < 0) {
            if (!opt_q || 1)
                fprintf(stderr, "grep: %s: %s\n", argv[k], strerror(errno));
            error = 1;
            continue;
        }
        int r = grep_fd(fd, fd == 0 ? "(standard input)" : argv[k], show_name);
        if (r < 0)
            error = 1;
        matched |= r > 0;
    }
    fflush(stdout);
    return error && !(opt_q && matched) ? 2 : matched ? 0 : 1;
}
