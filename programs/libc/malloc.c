/* malloc.c -- malloc, free, calloc, realloc.
 *
 * Small blocks come from the heap (brk), kept on one address-ordered free list, first fit, with
 * neighbouring free blocks merged on free.  Blocks of 128 KiB and more get their own mmap (as
 * glibc's M_MMAP_THRESHOLD), so freeing them gives the memory back at once -- which a student
 * can watch in /proc/<pid>/maps.  Every block starts with a 16-byte header; payloads are
 * 16-byte aligned.
 */
#include "libc.h"

#define ALIGN 16
#define MMAP_THRESHOLD (128 * 1024)
#define HEAP_GROW (64 * 1024)

struct header {
    size_t size;              /* whole block, header included; bit 0 set: an mmap'ed block */
    struct header *next;      /* free list link (free blocks only) */
};

static struct header *free_list;

static size_t round_up(size_t n, size_t to) { return (n + to - 1) & ~(to - 1); }

/* Put `block` on the address-ordered free list, merging it with free neighbours. */
static void insert_free(struct header *block)
{
    struct header **link = &free_list;
    while (*link && *link < block)
        link = &(*link)->next;
    struct header *after = *link;
    block->next = after;
    *link = block;
    if (after && (char *)block + block->size == (char *)after) {
        block->size += after->size;
        block->next = after->next;
    }
    if (link != &free_list) {
        struct header *before = (struct header *)((char *)link - __builtin_offsetof(struct header, next));
        if ((char *)before + before->size == (char *)block) {
            before->size += block->size;
            before->next = block->next;
        }
    }
}

void *malloc(size_t size)
{
    if (size > (~0UL >> 2)) {
        errno = ENOMEM;
        return NULL;
    }
    size_t need = round_up(size + sizeof(struct header), ALIGN);
    if (need >= MMAP_THRESHOLD) {
        size_t length = round_up(need, 4096);
        struct header *block = mmap(NULL, length, PROT_READ | PROT_WRITE,
                                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED)
            return NULL;
        block->size = length | 1;
        return block + 1;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        for (struct header **link = &free_list; *link; link = &(*link)->next) {
            struct header *block = *link;
            if (block->size < need)
                continue;
            if (block->size - need >= 2 * ALIGN) {           /* split: keep the tail free */
                struct header *rest = (struct header *)((char *)block + need);
                rest->size = block->size - need;
                rest->next = block->next;
                *link = rest;
                block->size = need;
            } else {
                *link = block->next;
            }
            return block + 1;
        }
        size_t grow = round_up(need, HEAP_GROW);
        char *start = sbrk(0);
        char *aligned = (char *)round_up((uintptr_t)start, ALIGN);
        if (sbrk((long)(aligned - start + (long)grow)) == (void *)-1) {
            errno = ENOMEM;
            return NULL;
        }
        struct header *block = (struct header *)aligned;
        block->size = grow;
        insert_free(block);
    }
    errno = ENOMEM;
    return NULL;
}

void free(void *ptr)
{
    if (!ptr)
        return;
    struct header *block = (struct header *)ptr - 1;
    if (block->size & 1) {
        munmap(block, block->size & ~1UL);
        return;
    }
    insert_free(block);
}

void *calloc(size_t count, size_t size)
{
    if (size && count > (~0UL >> 2) / size) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = malloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *realloc(void *ptr, size_t size)
{
    if (!ptr)
        return malloc(size);
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    struct header *block = (struct header *)ptr - 1;
    size_t have = (block->size & ~1UL) - sizeof(struct header);
    if (have >= size)
        return ptr;
    void *p = malloc(size);
    if (!p)
        return NULL;
    memcpy(p, ptr, have);
    free(ptr);
    return p;
}
