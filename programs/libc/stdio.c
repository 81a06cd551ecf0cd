/* stdio.c -- buffered FILE streams and the printf family.
 *
 * stdout is line-buffered on a terminal and fully buffered otherwise (a pipe, a file), stderr is
 * unbuffered, as in glibc; exit() flushes every open stream.  printf supports the flags
 * `- + space # 0`, width and precision (also `*`), the length modifiers hh h l ll z j t, and the
 * conversions d i u o x X c s p % (no floating point).
 */
#include "libc.h"

#define F_READ 1
#define F_WRITE 2
#define F_EOF 4
#define F_ERR 8

struct FILE {
    int fd;
    int flags;
    int mode;                 /* _IOFBF, _IOLBF or _IONBF */
    int unget;                /* a character pushed back by ungetc, or EOF */
    char *buf;
    size_t size;              /* buffer capacity */
    size_t len;               /* bytes in the buffer (writing: pending; reading: filled) */
    size_t pos;               /* reading: next byte */
    int mode_checked;         /* stdout decides line/full buffering on its first write */
    struct FILE *next;        /* every open stream, for fflush(NULL) */
};

static char stdin_buf[BUFSIZ], stdout_buf[BUFSIZ], stderr_buf[BUFSIZ];
static FILE std_files[3] = {
    {.fd = 0, .flags = F_READ, .mode = _IOLBF, .unget = EOF, .buf = stdin_buf, .size = BUFSIZ,
     .next = &std_files[1]},
    {.fd = 1, .flags = F_WRITE, .mode = _IOFBF, .unget = EOF, .buf = stdout_buf, .size = BUFSIZ,
     .next = &std_files[2]},
    {.fd = 2, .flags = F_WRITE, .mode = _IONBF, .unget = EOF, .buf = stderr_buf, .size = BUFSIZ,
     .mode_checked = 1},
};
static FILE *open_files = &std_files[0];

FILE *stdin = &std_files[0];
FILE *stdout = &std_files[1];
FILE *stderr = &std_files[2];

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int fflush(FILE *f)
{
    if (!f) {
        int result = 0;
        for (FILE *f = open_files; f; f = f->next)
            if (fflush(f) < 0)
                result = EOF;
        return result;
    }
    if (!(f->flags & F_WRITE) || f->len == 0)
        return 0;
    size_t n = f->len;
    f->len = 0;
    if (write_all(f->fd, f->buf, n) < 0) {
        f->flags |= F_ERR;
        return EOF;
    }
    return 0;
}

void __stdio_exit(void) { fflush(NULL); }

static void check_mode(FILE *f)
{
    if (!f->mode_checked) {
        f->mode_checked = 1;
        if (f->mode == _IOFBF && isatty(f->fd))
            f->mode = _IOLBF;
    }
}

size_t fwrite(const void *buf, size_t size, size_t count, FILE *f)
{
    size_t n = size * count;
    const char *p = buf;
    if (!(f->flags & F_WRITE) || n == 0)
        return 0;
    check_mode(f);
    if (f->mode == _IONBF) {
        if (write_all(f->fd, p, n) < 0) {
            f->flags |= F_ERR;
            return 0;
        }
        return count;
    }
    if (f->len + n > f->size) {
        if (fflush(f) < 0)
            return 0;
        if (n >= f->size) {
            if (write_all(f->fd, p, n) < 0) {
                f->flags |= F_ERR;
                return 0;
            }
            return count;
        }
    }
    memcpy(f->buf + f->len, p, n);
    f->len += n;
    if (f->mode == _IOLBF && memchr(p, '\n', n) && fflush(f) < 0)
        return 0;
    return count;
}

int fputc(int c, FILE *f)
{
    unsigned char ch = (unsigned char)c;
    return fwrite(&ch, 1, 1, f) == 1 ? ch : EOF;
}
int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f)
{
    size_t n = strlen(s);
    return n == 0 || fwrite(s, 1, n, f) == n ? 0 : EOF;
}

int puts(const char *s)
{
    if (fputs(s, stdout) < 0 || fputc('\n', stdout) < 0)
        return EOF;
    return 0;
}

/* ---- reading ---- */
static int fill(FILE *f)
{
    if (f == stdin)
        fflush(stdout);          /* a prompt appears before we wait for the answer */
    ssize_t r;
    do
        r = read(f->fd, f->buf, f->size);
    while (r < 0 && errno == EINTR);
    if (r <= 0) {
        f->flags |= r == 0 ? F_EOF : F_ERR;
        return EOF;
    }
    f->len = (size_t)r;
    f->pos = 0;
    return 0;
}

int fgetc(FILE *f)
{
    if (!(f->flags & F_READ))
        return EOF;
    if (f->unget != EOF) {
        int c = f->unget;
        f->unget = EOF;
        return c;
    }
    if (f->pos >= f->len && fill(f) < 0)
        return EOF;
    return (unsigned char)f->buf[f->pos++];
}
int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f)
{
    if (c == EOF || f->unget != EOF)
        return EOF;
    f->unget = (unsigned char)c;
    f->flags &= ~F_EOF;
    return c;
}

char *fgets(char *buf, int size, FILE *f)
{
    int i = 0;
    while (i < size - 1) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        buf[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (i == 0 || size <= 0)
        return NULL;
    buf[i] = 0;
    return buf;
}

ssize_t getline(char **line, size_t *cap, FILE *f)
{
    size_t n = 0;
    for (;;) {
        int c = fgetc(f);
        if (c == EOF && n == 0)
            return -1;
        if (n + 2 > *cap || !*line) {
            size_t want = *cap ? *cap * 2 : 128;
            char *p = realloc(*line, want);
            if (!p)
                return -1;
            *line = p;
            *cap = want;
        }
        if (c == EOF)
            break;
        (*line)[n++] = (char)c;
        if (c == '\n')
            break;
    }
    (*line)[n] = 0;
    return (ssize_t)n;
}

size_t fread(void *buf, size_t size, size_t count, FILE *f)
{
    size_t n = size * count, done = 0;
    char *p = buf;
    if (n == 0)
        return 0;
    while (done < n) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        p[done++] = (char)c;
        size_t avail = f->len - f->pos;      /* copy the rest of the buffer in one go */
        if (avail > n - done)
            avail = n - done;
        memcpy(p + done, f->buf + f->pos, avail);
        f->pos += avail;
        done += avail;
    }
    return done / size;
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }
int fileno(FILE *f) { return f->fd; }

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
    fflush(f);
    f->mode = mode;
    f->mode_checked = 1;
    if (buf && size) {
        f->buf = buf;
        f->size = size;
    }
    return 0;
}

/* ---- opening and closing ---- */
FILE *fdopen(int fd, const char *mode)
{
    FILE *f = malloc(sizeof(FILE) + BUFSIZ);
    if (!f)
        return NULL;
    memset(f, 0, sizeof(FILE));
    f->fd = fd;
    f->flags = (mode[0] == 'r' ? F_READ : F_WRITE) | (strchr(mode, '+') ? F_READ | F_WRITE : 0);
    f->mode = _IOFBF;
    f->unget = EOF;
    f->buf = (char *)(f + 1);
    f->size = BUFSIZ;
    f->next = open_files;
    open_files = f;
    return f;
}

FILE *fopen(const char *path, const char *mode)
{
    int flags;
    int plus = strchr(mode, '+') != NULL;
    switch (mode[0]) {
    case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
    case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    default: errno = EINVAL; return NULL;
    }
    if (strchr(mode, 'e'))
        flags |= O_CLOEXEC;
    int fd = open(path, flags, 0666);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, mode);
    if (!f)
        close(fd);
    return f;
}

int fclose(FILE *f)
{
    int result = fflush(f);
    if (close(f->fd) < 0)
        result = EOF;
    for (FILE **link = &open_files; *link; link = &(*link)->next)
        if (*link == f) {
            *link = f->next;
            break;
        }
    if (f < &std_files[0] || f > &std_files[2])
        free(f);
    return result;
}

/* ---- formatting ---- */
struct sink {
    char *buf;                /* snprintf: the caller's buffer */
    size_t size;
    FILE *file;               /* fprintf: the stream */
    int fd;                   /* dprintf: a descriptor (buffered locally), or -1 */
    char local[256];
    size_t local_len;
    size_t total;             /* characters produced so far (the return value) */
};

static void emit(struct sink *s, const char *p, size_t n)
{
    if (s->file) {
        fwrite(p, 1, n, s->file);
    } else if (s->fd >= 0) {
        if (s->local_len + n > sizeof s->local) {
            write_all(s->fd, s->local, s->local_len);
            s->local_len = 0;
        }
        if (n > sizeof s->local) {
            write_all(s->fd, p, n);
        } else {
            memcpy(s->local + s->local_len, p, n);
            s->local_len += n;
        }
    } else if (s->buf) {
        for (size_t i = 0; i < n; i++)
            if (s->total + i + 1 < s->size)
                s->buf[s->total + i] = p[i];
    }
    s->total += n;
}

static void pad(struct sink *s, char c, int n)
{
    char block[32];
    memset(block, c, sizeof block);
    while (n > 0) {
        int k = n < (int)sizeof block ? n : (int)sizeof block;
        emit(s, block, (size_t)k);
        n -= k;
    }
}

static void format(struct sink *s, const char *fmt, va_list ap)
{
    while (*fmt) {
        if (*fmt != '%') {
            const char *start = fmt;
            while (*fmt && *fmt != '%')
                fmt++;
            emit(s, start, (size_t)(fmt - start));
            continue;
        }
        const char *spec_start = fmt++;
        int left = 0, plus = 0, space = 0, alt = 0, zero = 0;
        for (;; fmt++) {
            if (*fmt == '-') left = 1;
            else if (*fmt == '+') plus = 1;
            else if (*fmt == ' ') space = 1;
            else if (*fmt == '#') alt = 1;
            else if (*fmt == '0') zero = 1;
            else break;
        }
        int width = 0, precision = -1;
        if (*fmt == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            fmt++;
        } else {
            while (isdigit((unsigned char)*fmt))
                width = width * 10 + (*fmt++ - '0');
        }
        if (*fmt == '.') {
            fmt++;
            precision = 0;
            if (*fmt == '*') {
                precision = va_arg(ap, int);
                fmt++;
            } else {
                while (isdigit((unsigned char)*fmt))
                    precision = precision * 10 + (*fmt++ - '0');
            }
        }
        int length = 0;           /* -2 hh, -1 h, 0 int, 1 long (l ll z j t) */
        for (;; fmt++) {
            if (*fmt == 'h') length = length == -1 ? -2 : -1;
            else if (*fmt == 'l' || *fmt == 'z' || *fmt == 'j' || *fmt == 't') length = 1;
            else break;
        }
        char conv = *fmt;
        if (conv)
            fmt++;
        char digits[32];
        const char *body = digits;
        int body_len = 0;
        const char *prefix = "";
        switch (conv) {
        case 'c':
            digits[0] = (char)va_arg(ap, int);
            body_len = 1;
            precision = -1;
            zero = 0;
            break;
        case 's':
            body = va_arg(ap, const char *);
            if (!body)
                body = "(null)";
            body_len = precision >= 0 ? (int)strnlen(body, (size_t)precision) : (int)strlen(body);
            precision = -1;
            zero = 0;
            break;
        case '%':
            emit(s, "%", 1);
            continue;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
            unsigned long v;
            int negative = 0;
            if (conv == 'p') {
                v = (unsigned long)va_arg(ap, void *);
                if (!v) {
                    body = "(nil)";
                    body_len = 5;
                    precision = -1;
                    zero = 0;
                    break;
                }
                alt = 1;
                length = 1;
            } else if (conv == 'd' || conv == 'i') {
                long sv = length == 1 ? va_arg(ap, long) : va_arg(ap, int);
                if (length == -1) sv = (short)sv;
                if (length == -2) sv = (signed char)sv;
                negative = sv < 0;
                v = negative ? -(unsigned long)sv : (unsigned long)sv;
            } else {
                v = length == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned int);
                if (length == -1) v = (unsigned short)v;
                if (length == -2) v = (unsigned char)v;
            }
            unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
            const char *alphabet = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            int n = 0;
            char tmp[24];
            while (v) {
                tmp[n++] = alphabet[v % base];
                v /= base;
            }
            if (n == 0 && precision != 0)
                tmp[n++] = '0';
            if (conv == 'o' && alt && (n == 0 || tmp[n - 1] != '0') && precision <= n)
                tmp[n++] = '0';
            for (int i = 0; i < n; i++)
                digits[i] = tmp[n - 1 - i];
            body_len = n;
            if (negative) prefix = "-";
            else if ((conv == 'd' || conv == 'i') && plus) prefix = "+";
            else if ((conv == 'd' || conv == 'i') && space) prefix = " ";
            else if (alt && base == 16 && (n > 1 || digits[0] != '0' || conv == 'p'))
                prefix = conv == 'X' ? "0X" : "0x";
            if (precision >= 0)
                zero = 0;
            break;
        }
        default:                  /* an unknown conversion is printed as it was written */
            emit(s, spec_start, (size_t)(fmt - spec_start));
            continue;
        }
        int prefix_len = (int)strlen(prefix);
        int zeros = precision > body_len ? precision - body_len : 0;
        int total = prefix_len + zeros + body_len;
        if (!left && !zero)
            pad(s, ' ', width - total);
        emit(s, prefix, (size_t)prefix_len);
        if (!left && zero)
            pad(s, '0', width - total);
        pad(s, '0', zeros);
        emit(s, body, (size_t)body_len);
        if (left)
            pad(s, ' ', width - total);
    }
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct sink s = {.buf = buf, .size = size, .fd = -1};
    format(&s, fmt, ap);
    if (size)
        buf[s.total < size ? s.total : size - 1] = 0;
    return (int)s.total;
}

int vsprintf(char *buf, const char *fmt, va_list ap) { return vsnprintf(buf, ~0UL >> 1, fmt, ap); }

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
    struct sink s = {.file = f, .fd = -1};
    format(&s, fmt, ap);
    return ferror(f) ? -1 : (int)s.total;
}

int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int vdprintf(int fd, const char *fmt, va_list ap)
{
    struct sink s = {.fd = fd};
    format(&s, fmt, ap);
    if (s.local_len)
        write_all(fd, s.local, s.local_len);
    return (int)s.total;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return n;
}

int fprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

int dprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(fd, fmt, ap);
    va_end(ap);
    return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(buf, fmt, ap);
    va_end(ap);
    return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

void perror(const char *s)
{
    int saved = errno;
    if (s && *s)
        fprintf(stderr, "%s: %s\n", s, strerror(saved));
    else
        fprintf(stderr, "%s\n", strerror(saved));
}
