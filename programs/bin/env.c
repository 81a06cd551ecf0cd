/* env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...] -- run a command in a changed
 * environment, or print the environment (GNU coreutils' messages). */
#include "libc.h"

int main(int argc, char **argv)
{
    int i = 1;
    static char *empty[1];
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-i") == 0 || strcmp(argv[i], "-") == 0) {
            environ = empty;
        } else if (strcmp(argv[i], "-u") == 0) {
            if (++i >= argc) {
                fprintf(stderr, "env: option requires an argument -- 'u'\n"
                                "Try 'env --help' for more information.\n");
                return 125;
            }
            unsetenv(argv[i]);
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            fprintf(stderr, "env: invalid option -- '%c'\nTry 'env --help' for more "
                            "information.\n", argv[i][1]);
            return 125;
        }
    }
    for (; i < argc && strchr(argv[i], '='); i++) {
        char *eq = strchr(argv[i], '=');
        *eq = 0;
        setenv(argv[i], eq + 1, 1);
        *eq = '=';
    }
    if (i >= argc) {
        for (char **e = environ; *e; e++)
            puts(*e);
        return 0;
    }
    fflush(stdout);
    execvp(argv[i], argv + i);
    int err = errno;
    fprintf(stderr, "env: '%s': %s\n", argv[i], strerror(err));
    return err == ENOENT ? 127 : 126;
}
