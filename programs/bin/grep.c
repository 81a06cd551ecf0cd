/* grep [-iv c n l h H q F E w] PATTERN [FILE]... -- print lines that match (GNU grep's output).
 *
 * Patterns: fixed strings (-F), or a simple regular expression: literal characters, `.`,
 * `[abc]` `[^a-z]`, `^` and `$` anchors, groups, and `*` `+` `?` after a character, class or
 * group.  Extended (-E) syntax writes groups `( )`, alternatives `a|b`, `+` and `?`; basic syntax
 * writes them `\( \)`, `a\|b`, `\+` and `\?` (as GNU grep does).  `\` quotes the next character.
 * Unbalanced groups are an error.  Exit status: 0 a line matched, 1 none, 2 an error.
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

/* The matcher works on a normalized pattern (see normalize below) in which `(` `)` `|` always
 * group and alternate, `*` `+` `?` always repeat, `^` `$` are always anchors, and `\` quotes the
 * next character.  It backtracks: match_seq tries to match the sequence of items at p against the
 * line at s and, when the sequence (one alternative) ends, goes on with its continuation k, the
 * chain of groups this alternative is inside. */
struct cont {
    const char *group;          /* the '(' of the group the alternative belongs to */
    int count;                  /* how many times that group has matched, this one included */
    const char *start;          /* where in the line this repetition of the group began */
    const struct cont *next;    /* the group around that one (NULL: none) */
};

static const char *line_start;  /* the line being searched, for `^` */
static const char *match_start; /* where the current match attempt began, for -w */

static int is_word_char(int c) { return isalnum(c) || c == '_'; }

static int match_seq(const char *p, const char *s, const struct cont *k);

/* the ')' that closes the group opened at g */
static const char *group_close(const char *g)
{
    int depth = 0, len;
    for (const char *p = g;; p += len) {
        len = 1;
        if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0)
            return p;
        else if (*p == '\\' || *p == '[')
            item_matches(p, 0, &len);
    }
}

/* the repetition operator at q: sets min and max (-1: no limit), returns its length */
static int quantifier(const char *q, int *min, int *max)
{
    *min = 1, *max = 1;
    if (*q == '*')
        *min = 0, *max = -1;
    else if (*q == '+')
        *max = -1;
    else if (*q == '?')
        *min = 0;
    else
        return 0;
    return 1;
}

/* try each alternative of the group at g once more, starting at s */
static int match_group(const char *g, const char *s, int count, const struct cont *next)
{
    struct cont c = { g, count + 1, s, next };
    int depth = 0, len;
    if (match_seq(g + 1, s, &c))
        return 1;
    for (const char *p = g + 1; depth >= 0; p += len) {
        len = 1;
        if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (*p == '|' && depth == 0 && match_seq(p + 1, s, &c))
            return 1;
        else if (*p == '\\' || *p == '[')
            item_matches(p, 0, &len);
    }
    return 0;
}

/* one alternative of a group (or of the whole pattern) matched, ending at s: go on after it */
static int alternative_done(const char *s, const struct cont *k)
{
    if (!k) {                               /* the whole pattern matched */
        if (opt_w && (s == match_start || is_word_char((unsigned char)*s)))
            return 0;                       /* -w: try a shorter match */
        return 1;
    }
    const char *close = group_close(k->group);
    int min, max;
    const char *after = close + 1 + quantifier(close + 1, &min, &max);
    /* another repetition (longest first); it must consume something, or it would loop */
    if ((max < 0 || k->count < max) && s != k->start && match_group(k->group, s, k->count, k->next))
        return 1;
    return k->count >= min && match_seq(after, s, k->next);
}

static int match_repeat(const char *p, int item_len, int min, int max, const char *s,
                        const struct cont *k)
{
    const char *t = s;
    int n = 0, len;
    while (*t && (max < 0 || n < max) && item_matches(p, (unsigned char)*t, &len))
        t++, n++;
    const char *rest = p + item_len + 1;
    for (; n >= min; n--, t--)              /* longest first */
        if (match_seq(rest, t, k))
            return 1;
    return 0;
}

static int match_seq(const char *p, const char *s, const struct cont *k)
{
    int min, max, len;
    if (!*p || *p == '|' || *p == ')')      /* the end of this alternative */
        return alternative_done(s, k);
    if (*p == '^')
        return s == line_start && match_seq(p + 1, s, k);
    if (*p == '$')
        return !*s && match_seq(p + 1, s, k);
    if (*p == '(') {
        const char *close = group_close(p);
        int qlen = quantifier(close + 1, &min, &max);
        if (match_group(p, s, 0, k))
            return 1;
        return min == 0 && match_seq(close + 1 + qlen, s, k);
    }
    item_matches(p, 'x', &len);            /* the item's length */
    if (quantifier(p + len, &min, &max))
        return match_repeat(p, len, min, max, s, k);
    if (*s && item_matches(p, (unsigned char)*s, &len))
        return match_seq(p + len, s + 1, k);
    return 0;
}

/* The pattern rewritten into the matcher's syntax: for basic regexps `\(` `\)` `\|` `\+` `\?`
 * become `(` `)` `|` `+` `?` and the plain characters become quoted literals; `^` not at the start
 * of an alternative and `$` not at its end are literal (as in GNU BRE); with -E a `)` that closes
 * nothing is literal (as in GNU ERE).  A repetition operator at the start of an alternative is a
 * literal.  Unbalanced groups are an error (GNU grep's message, exit status 2). */
static char *normalize(const char *text)
{
    char *out = malloc(2 * strlen(text) + 3), *o = out;
    *o++ = '(';                     /* the whole pattern is one group: its alternatives */
    int depth = 0, at_start = 1;    /* 1: at an alternative's start, 2: just after its `^` */
    for (const char *p = text; *p;) {
        int special = 0;
        char c = *p;
        if (opt_E && strchr("()|+?*^$", c)) {
            special = 1, p++;
        } else if (!opt_E && c == '\\' && p[1] && strchr("()|+?", p[1])) {
            special = 1, c = p[1], p += 2;
        } else if (!opt_E && strchr("*^$", c)) {
            special = c != '^' || at_start == 1;   /* not after another `^` */
            if (c == '$')
                special = !p[1] || (p[1] == '\\' && p[2] && strchr(")|", p[2]));
            p++;
        } else if (c == '[') {                       /* a bracket expression, as it is */
            int len;
            item_matches(p, 0, &len);
            memcpy(o, p, len), o += len, p += len, at_start = 0;
            continue;
        } else {                                     /* a literal, quoted or not */
            if ((c == '\\' && p[1]) || strchr("()|+?", c))
                *o++ = '\\';
            if (c == '\\' && p[1])
                p++;
            *o++ = *p++, at_start = 0;
            continue;
        }
        if (c == '(')
            depth++;
        if (c == ')' && depth == 0) {
            if (!opt_E) {
                fprintf(stderr, "grep: Unmatched ) or \\)\n");
                exit(2);
            }
            special = 0;
        } else if (c == ')') {
            depth--;
        }
        if (strchr("*+?", c) && at_start)
            special = 0;
        if (!special)
            *o++ = '\\';
        *o++ = c;
        at_start = !special ? 0 : c == '^' ? 2 : strchr("(|", c) != NULL;
    }
    if (depth > 0) {
        fprintf(stderr, "grep: Unmatched ( or \\(\n");
        exit(2);
    }
    *o++ = ')';
    *o = 0;
    return out;
}

static int line_matches(const char *line)
{
    size_t plen = strlen(pattern);
    line_start = line;
    for (const char *s = line;; s++) {
        int hit;
        match_start = s;
        if (opt_F) {
            hit = (opt_i ? strncasecmp(s, pattern, plen) : strncmp(s, pattern, plen)) == 0 &&
                  strlen(s) >= plen;
            if (hit && opt_w && (is_word_char((unsigned char)s[plen]) || plen == 0))
                hit = 0;
        } else {
            hit = match_seq(pattern, s, NULL);
        }
        if (hit && opt_w && s > line && is_word_char((unsigned char)s[-1]))
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
    if (!opt_F)
        pattern = normalize(pattern);
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
