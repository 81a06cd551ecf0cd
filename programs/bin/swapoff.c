/* swapoff -- disable swap areas: the same program as swapon, which looks at its name. */
#include "swapon.c"
