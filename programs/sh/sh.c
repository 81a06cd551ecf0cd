/* sh.c -- pagelab's /bin/sh: a small POSIX-style shell (like xv6's, a little bigger).
 *
 *   sh                      interactive on a terminal (prompt "$ "), else reads commands from stdin
 *   sh -c STRING [NAME [ARG...]]   runs STRING ($0 = NAME, $1... = ARGs)
 *   sh FILE [ARG...]        runs the script FILE
 *
 * Grammar (one line at a time; '#' starts a comment):
 *   list      := and_or { (';' | '&') and_or } [';' | '&']
 *   and_or    := pipeline { ('&&' | '||') pipeline }
 *   pipeline  := ['!'] command { '|' command }
 *   command   := { NAME=VALUE } { word | redirection }
 *   redirection := [N]'<' word | [N]'>' word | [N]'>>' word | [N]'>&'M | [N]'<&'M
 * Words: 'single quotes' keep everything, "double quotes" expand $ and \ (before $ ` " \),
 * a backslash quotes the next character.  Expansions: $? $! $$ $# $0..$9 $@ $* $NAME ${NAME};
 * unquoted results are split at blanks.  Builtins: cd, pwd, exit, echo, wait, export, unset,
 * true, false, ':'.  `&` starts a background job in its own process group (so the terminal's
 * Ctrl-C reaches only the foreground), `$!` is its pid, `wait [PID...]` collects it.
 * A command killed by a signal is reported on stderr as bash does ("Killed",
 * "Segmentation fault (core dumped)"); its status is 128 + the signal number.
 */
#include "libc.h"

/* ---- memory: one arena per command line (reset before the next line) ---------------------- */
#define ARENA_SIZE (256 * 1024)
static char arena[ARENA_SIZE];
static size_t arena_used;
static int out_of_memory;

static void *alloc(size_t n)
{
    n = (n + 15) & ~15UL;
    if (arena_used + n > ARENA_SIZE) {
        out_of_memory = 1;
        return NULL;
    }
    void *p = arena + arena_used;
    arena_used += n;
    memset(p, 0, n);
    return p;
}

/* ---- shell state ----------------------------------------------------------------------------- */
static int last_status;                 /* $? */
static int last_bg_pid;                 /* $! */
static int shell_pid;                   /* $$ (words are expanded in children too) */
static int interactive;
static char *script_name = "sh";        /* $0 */
static char **positional;               /* $1... */
static int npositional;
static volatile int got_sigint;

/* ---- lexer ----------------------------------------------------------------------------------- */
enum { T_WORD, T_PIPE, T_AND, T_OR, T_SEMI, T_AMP, T_REDIR, T_BANG, T_END, T_ERROR };

struct token {
    int type;
    char *text;                         /* T_WORD: the raw word (quotes still in it) */
    int fd;                             /* T_REDIR: the descriptor redirected (-1: default) */
    int op;                             /* T_REDIR: '<', '>', 'a' (>>), 'D' (>&M), 'd' (<&M) */
};

static const char *lex_pos;
static const char *syntax_error;        /* the unexpected token */

static int is_meta(char c) { return c == '|' || c == '&' || c == ';' || c == '<' || c == '>'; }
static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static struct token next_token(void)
{
    struct token t = {T_END, NULL, -1, 0};
    while (is_blank(*lex_pos))
        lex_pos++;
    if (*lex_pos == '#')
        while (*lex_pos && *lex_pos != '\n')
            lex_pos++;
    const char *p = lex_pos;
    if (!*p || *p == '\n')
        return t;
    /* [N]< [N]> [N]>> [N]>&M [N]<&M */
    const char *q = p;
    int fd = -1;
    if (isdigit((unsigned char)*q)) {
        fd = 0;
        while (isdigit((unsigned char)*q))
            fd = fd * 10 + (*q++ - '0');
        if (*q != '<' && *q != '>')
            fd = -1, q = p;
    }
    if (*q == '<' || *q == '>') {
        t.type = T_REDIR;
        t.fd = fd;
        t.op = *q++;
        if (t.op == '>' && *q == '>') {
            t.op = 'a';
            q++;
        } else if (*q == '&') {
            t.op = t.op == '>' ? 'D' : 'd';
            q++;
        }
        lex_pos = q;
        return t;
    }
    if (p[0] == '|' && p[1] == '|') { lex_pos += 2; t.type = T_OR; return t; }
    if (p[0] == '&' && p[1] == '&') { lex_pos += 2; t.type = T_AND; return t; }
    if (*p == '|') { lex_pos++; t.type = T_PIPE; return t; }
    if (*p == '&') { lex_pos++; t.type = T_AMP; return t; }
    if (*p == ';') { lex_pos++; t.type = T_SEMI; return t; }
    if (*p == '!' && (is_blank(p[1]) || !p[1] || p[1] == '\n')) {
        lex_pos++;
        t.type = T_BANG;
        return t;
    }
    /* a word: up to an unquoted blank or operator */
    while (*q && *q != '\n' && !is_blank(*q) && !is_meta(*q)) {
        if (*q == '\\') {
            q++;
            if (*q)
                q++;
        } else if (*q == '\'') {
            const char *end = strchr(q + 1, '\'');
            if (!end) {
                syntax_error = "unexpected EOF while looking for matching `''";
                t.type = T_ERROR;
                return t;
            }
            q = end + 1;
        } else if (*q == '"') {
            q++;
            while (*q && *q != '"')
                q += (*q == '\\' && q[1]) ? 2 : 1;
            if (!*q) {
                syntax_error = "unexpected EOF while looking for matching `\"'";
                t.type = T_ERROR;
                return t;
            }
            q++;
        } else {
            q++;
        }
    }
    t.type = T_WORD;
    t.text = alloc((size_t)(q - p) + 1);
    if (!t.text) {
        t.type = T_ERROR;
        return t;
    }
    memcpy(t.text, p, (size_t)(q - p));
    lex_pos = q;
    return t;
}

/* ---- parser ---------------------------------------------------------------------------------- */
struct redir {
    int fd, op, dupfd;
    char *target;                       /* raw word */
    struct redir *next;
};

struct command {
    char **words;                       /* raw words, NULL-terminated */
    int nwords;
    struct redir *redirs;
    struct command *next;               /* the next command of the pipeline */
};

struct pipeline {
    struct command *first;
    int negate;
    int op;                             /* connector to the next pipeline: 0, T_AND or T_OR */
    struct pipeline *next;
};

struct job {                            /* an and_or list, run in the foreground or background */
    struct pipeline *first;
    int background;
    char *text;                         /* the source text, for messages */
    struct job *next;
};

static struct token tok;

static void advance(void) { tok = next_token(); }

static const char *token_name(struct token t)
{
    switch (t.type) {
    case T_PIPE: return "|";
    case T_AND: return "&&";
    case T_OR: return "||";
    case T_SEMI: return ";";
    case T_AMP: return "&";
    case T_BANG: return "!";
    case T_END: return "newline";
    case T_REDIR:
        return t.op == '<' ? "<" : t.op == '>' ? ">" : t.op == 'a' ? ">>" : t.op == 'D' ? ">&" : "<&";
    default: return t.text ? t.text : "?";
    }
}

static void unexpected(struct token t)
{
    static char message[96];
    if (syntax_error)
        return;
    snprintf(message, sizeof message, "syntax error near unexpected token `%s'", token_name(t));
    syntax_error = message;
}

static struct command *parse_command(void)
{
    struct command *c = alloc(sizeof *c);
    int cap = 8;
    if (!c || !(c->words = alloc(sizeof(char *) * (size_t)cap)))
        return NULL;
    struct redir **tail = &c->redirs;
    for (;;) {
        if (tok.type == T_WORD) {
            if (c->nwords + 1 >= cap) {
                char **grown = alloc(sizeof(char *) * (size_t)cap * 2);
                if (!grown)
                    return NULL;
                memcpy(grown, c->words, sizeof(char *) * (size_t)cap);
                c->words = grown;
                cap *= 2;
            }
            c->words[c->nwords++] = tok.text;
            advance();
        } else if (tok.type == T_REDIR) {
            struct redir *r = alloc(sizeof *r);
            if (!r)
                return NULL;
            r->op = tok.op;
            r->fd = tok.fd >= 0 ? tok.fd : (tok.op == '<' || tok.op == 'd') ? 0 : 1;
            struct token redir_token = tok;
            advance();
            if (tok.type != T_WORD) {
                unexpected(tok.type == T_END ? tok : tok);
                (void)redir_token;
                return NULL;
            }
            if (r->op == 'D' || r->op == 'd') {
                char *end;
                long m = strtol(tok.text, &end, 10);
                if (*end || end == tok.text || m < 0 || m > 1000) {
                    if (!(strcmp(tok.text, "-") == 0)) {
                        static char message[96];
                        snprintf(message, sizeof message, "%s: ambiguous redirect", tok.text);
                        syntax_error = message;
                        return NULL;
                    }
                    m = -1;                 /* >&- closes */
                }
                r->dupfd = (int)m;
            } else {
                r->target = tok.text;
            }
            *tail = r;
            tail = &r->next;
            advance();
        } else {
            break;
        }
    }
    if (c->nwords == 0 && !c->redirs) {
        unexpected(tok);
        return NULL;
    }
    return c;
}

static struct pipeline *parse_pipeline(void)
{
    struct pipeline *p = alloc(sizeof *p);
    if (!p)
        return NULL;
    if (tok.type == T_BANG) {
        p->negate = 1;
        advance();
    }
    struct command **tail = &p->first;
    for (;;) {
        struct command *c = parse_command();
        if (!c)
            return NULL;
        *tail = c;
        tail = &c->next;
        if (tok.type != T_PIPE)
            break;
        advance();
    }
    return p;
}

/* list := and_or { (';' | '&') and_or } */
static struct job *parse_line(const char *line)
{
    lex_pos = line;
    syntax_error = NULL;
    advance();
    struct job *first = NULL, **tail = &first;
    while (tok.type != T_END) {
        if (tok.type == T_ERROR) {
            if (!syntax_error)
                syntax_error = "line too long";
            return NULL;
        }
        const char *start = lex_pos;
        struct job *j = alloc(sizeof *j);
        if (!j)
            return NULL;
        struct pipeline **ptail = &j->first;
        const char *text_start = line + (start - line);
        (void)text_start;
        for (;;) {
            struct pipeline *p = parse_pipeline();
            if (!p)
                return NULL;
            *ptail = p;
            ptail = &p->next;
            if (tok.type != T_AND && tok.type != T_OR)
                break;
            p->op = tok.type;
            advance();
        }
        if (tok.type == T_AMP) {
            j->background = 1;
            advance();
        } else if (tok.type == T_SEMI) {
            advance();
        } else if (tok.type != T_END) {
            unexpected(tok);
            return NULL;
        }
        *tail = j;
        tail = &j->next;
    }
    return first;
}

/* ---- expansion ------------------------------------------------------------------------------- */
struct fields {
    char **v;
    int n, cap;
    char *cur;                          /* the field being built */
    size_t len, cur_cap;
    int have;                           /* the current field exists (even if empty: "") */
};

static void field_putc(struct fields *f, char c)
{
    if (f->len + 2 > f->cur_cap) {
        size_t cap = f->cur_cap ? f->cur_cap * 2 : 64;
        char *grown = alloc(cap);
        if (!grown)
            return;
        if (f->cur)
            memcpy(grown, f->cur, f->len);
        f->cur = grown;
        f->cur_cap = cap;
    }
    f->cur[f->len++] = c;
    f->cur[f->len] = 0;
    f->have = 1;
}

static void field_end(struct fields *f)
{
    if (!f->have)
        return;
    if (f->n + 2 > f->cap) {
        int cap = f->cap ? f->cap * 2 : 8;
        char **grown = alloc(sizeof(char *) * (size_t)cap);
        if (!grown)
            return;
        if (f->v)
            memcpy(grown, f->v, sizeof(char *) * (size_t)f->n);
        f->v = grown;
        f->cap = cap;
    }
    f->v[f->n++] = f->cur ? f->cur : "";
    f->v[f->n] = NULL;
    f->cur = NULL;
    f->len = f->cur_cap = 0;
    f->have = 0;
}

static void field_puts(struct fields *f, const char *s, int quoted)
{
    for (; *s; s++) {
        if (!quoted && (*s == ' ' || *s == '\t' || *s == '\n'))
            field_end(f);
        else
            field_putc(f, *s);
    }
}

static int is_name_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* $... at *p (just after the '$'): append its value; returns the characters consumed */
static int expand_dollar(struct fields *f, const char *p, int quoted)
{
    char number[24];
    const char *value = NULL;
    int used = 0;
    char name[128];
    if (*p == '?') {
        snprintf(number, sizeof number, "%d", last_status);
        value = number, used = 1;
    } else if (*p == '!') {
        if (last_bg_pid)
            snprintf(number, sizeof number, "%d", last_bg_pid);
        else
            number[0] = 0;
        value = number, used = 1;
    } else if (*p == '$') {
        snprintf(number, sizeof number, "%d", shell_pid);
        value = number, used = 1;
    } else if (*p == '#') {
        snprintf(number, sizeof number, "%d", npositional);
        value = number, used = 1;
    } else if (*p == '@' || *p == '*') {
        for (int i = 0; i < npositional; i++) {
            if (i > 0) {
                if (quoted && *p == '@')
                    field_end(f);
                else
                    field_puts(f, " ", quoted);
            }
            field_puts(f, positional[i], quoted);
        }
        return 1;
    } else if (isdigit((unsigned char)*p)) {
        int n = *p - '0';
        value = n == 0 ? script_name : n <= npositional ? positional[n - 1] : "";
        used = 1;
    } else if (*p == '{') {
        const char *end = strchr(p, '}');
        if (!end || end - p - 1 >= (long)sizeof name || end == p + 1) {
            field_putc(f, '$');
            return 0;
        }
        memcpy(name, p + 1, (size_t)(end - p - 1));
        name[end - p - 1] = 0;
        if (isdigit((unsigned char)name[0]) && !name[1]) {
            int n = name[0] - '0';
            value = n == 0 ? script_name : n <= npositional ? positional[n - 1] : "";
        } else {
            value = getenv(name);
        }
        used = (int)(end - p + 1);
    } else if (is_name_char(*p) && !isdigit((unsigned char)*p)) {
        while (is_name_char(p[used]) && used < (int)sizeof name - 1) {
            name[used] = p[used];
            used++;
        }
        name[used] = 0;
        value = getenv(name);
    } else {
        field_putc(f, '$');             /* a lone '$' is itself */
        return 0;
    }
    if (value)
        field_puts(f, value, quoted);
    return used;
}

/* A raw word -> fields (quote removal, $ expansion, splitting of unquoted expansions). */
static void expand_word(struct fields *f, const char *w)
{
    while (*w) {
        if (*w == '\\') {
            w++;
            if (*w)
                field_putc(f, *w++);
        } else if (*w == '\'') {
            f->have = 1;
            for (w++; *w && *w != '\''; w++)
                field_putc(f, *w);
            if (*w)
                w++;
        } else if (*w == '"') {
            f->have = 1;
            for (w++; *w && *w != '"';) {
                if (*w == '\\' && (w[1] == '$' || w[1] == '"' || w[1] == '\\' || w[1] == '`')) {
                    field_putc(f, w[1]);
                    w += 2;
                } else if (*w == '$') {
                    w++;
                    w += expand_dollar(f, w, 1);
                } else {
                    field_putc(f, *w++);
                }
            }
            if (*w)
                w++;
        } else if (*w == '$') {
            w++;
            w += expand_dollar(f, w, 0);
        } else {
            field_putc(f, *w++);
        }
    }
    field_end(f);
}

static char **expand_words(char **words, int n, int *count)
{
    struct fields f = {0};
    for (int i = 0; i < n; i++)
        expand_word(&f, words[i]);
    if (!f.v) {
        f.v = alloc(sizeof(char *));
    }
    *count = f.n;
    return f.v;
}

/* one word that must stay one word (a redirection target) */
static char *expand_one(const char *w)
{
    struct fields f = {0};
    expand_word(&f, w);
    if (f.n != 1) {
        fprintf(stderr, "sh: %s: ambiguous redirect\n", w);
        return NULL;
    }
    return f.v[0];
}

/* ---- redirections ---------------------------------------------------------------------------- */
#define SAVED_MAX 16
struct saved_fd { int fd, copy; };

/* Apply c's redirections; with `saved`, remember the old descriptors (builtins in the shell). */
static int apply_redirs(struct redir *r, struct saved_fd *saved, int *nsaved)
{
    for (; r; r = r->next) {
        if (saved && *nsaved < SAVED_MAX) {
            int copy = fcntl(r->fd, F_DUPFD_CLOEXEC, 10);
            saved[*nsaved].fd = r->fd;
            saved[*nsaved].copy = copy;       /* -1: it was closed */
            (*nsaved)++;
        }
        if (r->op == 'D' || r->op == 'd') {
            if (r->dupfd < 0) {
                close(r->fd);
                continue;
            }
            if (dup2(r->dupfd, r->fd) < 0) {
                fprintf(stderr, "sh: %d: %s\n", r->dupfd, strerror(errno));
                return -1;
            }
            continue;
        }
        char *path = expand_one(r->target);
        if (!path)
            return -1;
        int flags = r->op == '<' ? O_RDONLY : r->op == '>' ? O_WRONLY | O_CREAT | O_TRUNC
                                                         : O_WRONLY | O_CREAT | O_APPEND;
        int fd = open(path, flags, 0666);
        if (fd < 0) {
            fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
            return -1;
        }
        if (fd != r->fd) {
            dup2(fd, r->fd);
            close(fd);
        }
    }
    return 0;
}

static void restore_redirs(struct saved_fd *saved, int nsaved)
{
    while (nsaved-- > 0) {
        if (saved[nsaved].copy >= 0) {
            dup2(saved[nsaved].copy, saved[nsaved].fd);
            close(saved[nsaved].copy);
        } else {
            close(saved[nsaved].fd);
        }
    }
}

/* ---- builtins -------------------------------------------------------------------------------- */
static int exit_requested = -1;

static int builtin_echo(int argc, char **argv)
{
    int newline = 1, i = 1;
    while (i < argc && strcmp(argv[i], "-n") == 0) {
        newline = 0;
        i++;
    }
    for (; i < argc; i++) {
        fputs(argv[i], stdout);
        if (i + 1 < argc)
            fputc(' ', stdout);
    }
    if (newline)
        fputc('\n', stdout);
    if (fflush(stdout) < 0) {
        fprintf(stderr, "sh: echo: write error: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}

static int builtin_cd(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : getenv("HOME");
    if (argc > 2) {
        fprintf(stderr, "sh: cd: too many arguments\n");
        return 1;
    }
    if (!dir) {
        fprintf(stderr, "sh: cd: HOME not set\n");
        return 1;
    }
    if (chdir(dir) < 0) {
        fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
        return 1;
    }
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd))
        setenv("PWD", cwd, 1);
    return 0;
}

static int builtin_pwd(int argc, char **argv)
{
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) {
        fprintf(stderr, "sh: pwd: %s\n", strerror(errno));
        return 1;
    }
    puts(cwd);
    fflush(stdout);
    return 0;
}

static int parse_status(const char *s, int *value)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end)
        return -1;
    *value = (int)(v & 255);
    return 0;
}

static int builtin_exit(int argc, char **argv)
{
    int status = last_status;
    if (argc > 1 && parse_status(argv[1], &status) < 0) {
        fprintf(stderr, "sh: exit: %s: numeric argument required\n", argv[1]);
        status = 2;
    }
    exit_requested = status;
    return status;
}

static int wait_status_to_code(int status);
static void report_signal(int status);

static int builtin_wait(int argc, char **argv)
{
    int status = 0, result = 0;
    if (argc == 1) {
        pid_t pid;
        while ((pid = wait(&status)) > 0 || (pid < 0 && errno == EINTR))
            ;
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        char *end;
        long pid = strtol(argv[i], &end, 10);
        if (!*argv[i] || *end || pid <= 0) {
            fprintf(stderr, "sh: wait: `%s': not a pid or valid job spec\n", argv[i]);
            result = 2;
            continue;
        }
        pid_t got;
        do
            got = waitpid((pid_t)pid, &status, 0);
        while (got < 0 && errno == EINTR);
        if (got < 0) {
            fprintf(stderr, "sh: wait: pid %ld is not a child of this shell\n", pid);
            result = 127;
        } else {
            result = wait_status_to_code(status);
        }
    }
    return result;
}

static int builtin_export(int argc, char **argv)
{
    int result = 0;
    for (int i = 1; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        if (!eq) {
            if (!getenv(argv[i]))
                setenv(argv[i], "", 0);
            continue;
        }
        *eq = 0;
        if (setenv(argv[i], eq + 1, 1) < 0) {
            fprintf(stderr, "sh: export: `%s': not a valid identifier\n", argv[i]);
            result = 1;
        }
        *eq = '=';
    }
    if (argc == 1)
        for (char **e = environ; *e; e++)
            printf("export %s\n", *e);
    fflush(stdout);
    return result;
}

static int builtin_unset(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        unsetenv(argv[i]);
    return 0;
}

static int builtin_true(int argc, char **argv) { return 0; }
static int builtin_false(int argc, char **argv) { return 1; }

struct builtin {
    const char *name;
    int (*run)(int argc, char **argv);
};

static const struct builtin builtins[] = {
    {"echo", builtin_echo}, {"cd", builtin_cd}, {"pwd", builtin_pwd}, {"exit", builtin_exit},
    {"wait", builtin_wait}, {"export", builtin_export}, {"unset", builtin_unset},
    {"true", builtin_true}, {"false", builtin_false}, {":", builtin_true}, {NULL, NULL},
};

static const struct builtin *find_builtin(const char *name)
{
    for (const struct builtin *b = builtins; b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}

/* ---- running commands ------------------------------------------------------------------------ */
static int wait_status_to_code(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 128 + WSTOPSIG(status);
}

/* bash's message for a foreground command killed by a signal (none for SIGINT, SIGPIPE) */
static void report_signal(int status)
{
    if (!WIFSIGNALED(status))
        return;
    int sig = WTERMSIG(status);
    if (sig == SIGINT) {
        if (interactive)
            fputc('\n', stderr);
        return;
    }
    if (sig == SIGPIPE)
        return;
    fprintf(stderr, "%s%s\n", strsignal(sig), WCOREDUMP(status) ? " (core dumped)" : "");
}

/* leading NAME=VALUE words: how many */
static int count_assignments(char **words, int n)
{
    int i = 0;
    for (; i < n; i++) {
        const char *w = words[i];
        if (!(isalpha((unsigned char)*w) || *w == '_'))
            break;
        while (is_name_char(*w))
            w++;
        if (*w != '=')
            break;
    }
    return i;
}

static void apply_assignments(char **words, int n)
{
    for (int i = 0; i < n; i++) {
        char *eq = strchr(words[i], '=');
        *eq = 0;
        char *value = expand_one(eq + 1);
        if (!value) {
            struct fields f = {0};
            expand_word(&f, eq + 1);
            value = f.n ? f.v[0] : "";
        }
        setenv(words[i], value, 1);
        *eq = '=';
    }
}

/* In a child: run one command (never returns). */
static void exec_command(struct command *c)
{
    if (apply_redirs(c->redirs, NULL, NULL) < 0)
        _exit(1);
    int nassign = count_assignments(c->words, c->nwords);
    apply_assignments(c->words, nassign);
    int argc;
    char **argv = expand_words(c->words + nassign, c->nwords - nassign, &argc);
    if (argc == 0)
        _exit(0);
    const struct builtin *b = find_builtin(argv[0]);
    if (b) {
        int status = b->run(argc, argv);
        fflush(stdout);
        _exit(status);
    }
    execvp(argv[0], argv);
    int err = errno;
    if (err == ENOENT && !strchr(argv[0], '/')) {
        fprintf(stderr, "sh: %s: command not found\n", argv[0]);
        _exit(127);
    }
    if (err == ENOEXEC) {                   /* a script without #!: run it with sh */
        char **args = alloc(sizeof(char *) * (size_t)(argc + 2));
        if (args) {
            args[0] = "sh";
            for (int i = 0; i < argc; i++)
                args[i + 1] = argv[i];
            execve("/bin/sh", args, environ);
        }
    }
    fprintf(stderr, "sh: %s: %s\n", argv[0], strerror(err));
    _exit(err == ENOENT ? 127 : 126);
}

/* Run a pipeline; returns its status.  background: do not wait, remember $! */
static int run_pipeline(struct pipeline *p, int background)
{
    struct command *c = p->first;
    /* a lone builtin runs in the shell itself (cd, exit, export must change the shell) */
    if (!c->next && !background) {
        int nassign = count_assignments(c->words, c->nwords);
        int argc;
        char **argv = expand_words(c->words + nassign, c->nwords - nassign, &argc);
        const struct builtin *b = argc ? find_builtin(argv[0]) : NULL;
        if (argc == 0 || b) {
            struct saved_fd saved[SAVED_MAX];
            int nsaved = 0, status;
            fflush(stdout);
            if (apply_redirs(c->redirs, saved, &nsaved) < 0) {
                status = 1;
            } else if (argc == 0) {
                apply_assignments(c->words, nassign);
                status = 0;
            } else {
                status = b->run(argc, argv);
                fflush(stdout);
            }
            restore_redirs(saved, nsaved);
            return status;
        }
    }
    int ncmds = 0;
    for (struct command *k = c; k; k = k->next)
        ncmds++;
    pid_t *pids = alloc(sizeof(pid_t) * (size_t)ncmds);
    if (!pids)
        return 1;
    int input = -1, i = 0;
    pid_t group = 0;
    fflush(stdout);
    for (struct command *k = c; k; k = k->next, i++) {
        int fds[2] = {-1, -1};
        if (k->next && pipe2(fds, O_CLOEXEC) < 0) {
            fprintf(stderr, "sh: pipe: %s\n", strerror(errno));
            break;
        }
        pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "sh: fork: %s\n", strerror(errno));
            if (fds[0] >= 0) {
                close(fds[0]);
                close(fds[1]);
            }
            break;
        }
        if (pid == 0) {
            if (background) {
                setpgid(0, group);           /* away from the terminal's Ctrl-C */
                signal(SIGINT, SIG_IGN);
                signal(SIGQUIT, SIG_IGN);
            } else {
                signal(SIGINT, SIG_DFL);
                signal(SIGQUIT, SIG_DFL);
            }
            if (input >= 0) {
                dup2(input, 0);
                close(input);
            } else if (background) {
                int null = open("/dev/null", O_RDONLY);   /* as POSIX sh: no terminal input */
                if (null >= 0 && null != 0) {
                    dup2(null, 0);
                    close(null);
                }
            }
            if (fds[1] >= 0)
                dup2(fds[1], 1);
            exec_command(k);
        }
        if (background) {
            if (group == 0)
                group = pid;
            setpgid(pid, group);
        }
        pids[i] = pid;
        if (input >= 0)
            close(input);
        if (fds[1] >= 0)
            close(fds[1]);
        input = fds[0];
    }
    if (input >= 0)
        close(input);
    int started = i;
    if (background) {
        last_bg_pid = started ? pids[started - 1] : 0;
        if (interactive && started)
            fprintf(stderr, "[%d] %d\n", 1, last_bg_pid);
        return 0;
    }
    int status = 0, last = 0;
    for (int k = 0; k < started; k++) {
        pid_t got;
        do
            got = waitpid(pids[k], &status, 0);
        while (got < 0 && errno == EINTR);
        if (k == started - 1) {
            last = got < 0 ? 127 : wait_status_to_code(status);
            if (got >= 0)
                report_signal(status);
        }
    }
    return started < ncmds ? 1 : last;
}

static int run_job(struct job *j)
{
    int status = 0;
    if (j->background) {
        /* an and_or list in the background: a child shell runs it (simple pipelines directly) */
        if (!j->first->next && !j->first->negate)
            return run_pipeline(j->first, 1), 0;
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            setpgid(0, 0);
            signal(SIGINT, SIG_IGN);
            interactive = 0;
            struct job copy = *j;
            copy.background = 0;
            _exit(run_job(&copy));
        }
        if (pid > 0) {
            setpgid(pid, pid);
            last_bg_pid = pid;
        }
        return 0;
    }
    for (struct pipeline *p = j->first; p; p = p->next) {
        status = run_pipeline(p, 0);
        if (p->negate)
            status = !status;
        last_status = status;
        if (exit_requested >= 0)
            return status;
        while (p->next && ((p->op == T_AND && status != 0) || (p->op == T_OR && status == 0)))
            p = p->next;                    /* skip what the connector rules out */
    }
    return status;
}

/* Parse and run one line; returns 0, or 1 when the shell should stop (exit). */
static int run_line(const char *line)
{
    arena_used = 0;
    out_of_memory = 0;
    struct job *jobs = parse_line(line);
    if (!jobs) {
        if (syntax_error) {
            fprintf(stderr, "sh: %s\n", out_of_memory ? "line too long" : syntax_error);
            last_status = 2;
        }
        return 0;
    }
    for (struct job *j = jobs; j; j = j->next) {
        int status = run_job(j);
        if (!j->background)
            last_status = status;
        else
            last_status = 0;
        if (exit_requested >= 0)
            return 1;
        if (out_of_memory) {
            fprintf(stderr, "sh: line too long\n");
            last_status = 2;
            return 0;
        }
    }
    return 0;
}

/* ---- input ----------------------------------------------------------------------------------- */
/* Interactive: wait until fd has input or a Ctrl-C comes; 1 after a Ctrl-C (got_sigint was
 * set), else 0.  SIGINT is blocked from the test of got_sigint until ppoll unblocks it as it
 * starts to wait (atomically, with its mask argument): a Ctrl-C that comes just before the wait
 * interrupts the wait instead of being noticed only after the next line is typed (what a
 * plain read() after the test would do). */
static int wait_for_input(int fd)
{
    sigset_t intr, old;
    sigemptyset(&intr);
    sigaddset(&intr, SIGINT);
    sigprocmask(SIG_BLOCK, &intr, &old);
    if (!got_sigint) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        syscall(SYS_ppoll, &p, 1L, NULL, &old, sizeof old);   /* -1 (EINTR) after Ctrl-C */
    }
    int interrupted = got_sigint;
    got_sigint = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    return interrupted;
}

/* Read one line from fd, a byte at a time (commands that read the same input see the rest);
 * returns its length, -1 at end of input.  Ctrl-C while reading discards the line. */
static long read_line(int fd, char **buf, size_t *cap)
{
    size_t n = 0;
    for (;;) {
        char c;
        if (interactive && wait_for_input(fd)) {
            n = 0;
            fputs("\n$ ", stderr);
            continue;
        }
        long r = read(fd, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return n ? (long)n : -1;
        if (n + 2 > *cap) {
            size_t want = *cap ? *cap * 2 : 256;
            char *grown = realloc(*buf, want);
            if (!grown)
                return -1;
            *buf = grown;
            *cap = want;
        }
        if (c == '\n')
            break;
        (*buf)[n++] = c;
    }
    (*buf)[n] = 0;
    return (long)n;
}

static void on_sigint(int signo) { got_sigint = 1; }

static int run_stream(int fd)
{
    char *line = NULL;
    size_t cap = 0;
    for (;;) {
        if (interactive) {
            fflush(stdout);
            got_sigint = 0;          /* a Ctrl-C during the last command was for it */
            fputs("$ ", stderr);
        }
        long n = read_line(fd, &line, &cap);
        if (n < 0) {
            if (interactive)
                fputs("exit\n", stderr);
            break;
        }
        if (run_line(line))
            break;
    }
    return exit_requested >= 0 ? exit_requested : last_status;
}

int main(int argc, char **argv)
{
    int i = 1;
    shell_pid = getpid();
    if (argc > 1 && strcmp(argv[1], "-c") == 0) {
        if (argc < 3) {
            fprintf(stderr, "sh: -c: option requires an argument\n");
            return 2;
        }
        if (argc > 3) {
            script_name = argv[3];
            positional = argv + 4;
            npositional = argc - 4;
        }
        run_line(argv[2]);
        fflush(stdout);
        return exit_requested >= 0 ? exit_requested : last_status;
    }
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "-i") != 0) {
        fprintf(stderr, "sh: %s: invalid option\nUsage: sh [-c STRING [NAME [ARG...]]] "
                        "[FILE [ARG...]]\n", argv[1]);
        return 2;
    }
    if (argc > 1 && strcmp(argv[1], "-i") == 0)
        interactive = 1, i = 2;
    if (i < argc) {
        int fd = open(argv[i], O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            fprintf(stderr, "sh: %s: %s\n", argv[i], strerror(errno));
            return 127;
        }
        script_name = argv[i];
        positional = argv + i + 1;
        npositional = argc - i - 1;
        int status = run_stream(fd);
        close(fd);
        fflush(stdout);
        return status;
    }
    if (isatty(0) && isatty(2))
        interactive = 1;
    if (interactive) {
        struct sigaction sa = {.sa_handler = on_sigint};    /* no SA_RESTART: read returns */
        sigaction(SIGINT, &sa, NULL);
        signal(SIGQUIT, SIG_IGN);
    }
    int status = run_stream(0);
    fflush(stdout);
    return status;
}
