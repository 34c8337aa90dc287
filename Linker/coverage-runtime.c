/* Linked into the instrumented build of scripts/generate-text-order (never into a normal build). The compiler's
   function coverage (-sanitize-coverage=func,inline-8bit-counters,pc-table) gives every function a counter byte
   and a table of function addresses; this records both ranges and, while APUS_COVERAGE_OUT is set, writes the
   offsets (from the binary's load address) of the functions that have run to that file every three seconds. A counter byte wraps, so a function run exactly a multiple of 256 times is missed; the
   ordering only gets a little worse for it. */
#define _GNU_SOURCE
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static uint8_t *counters_start, *counters_end;
static const uintptr_t *pcs_start, *pcs_end;
static uintptr_t load_address;

void __sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *end) {
    if (!counters_start || start < counters_start) counters_start = start;
    if (end > counters_end) counters_end = end;
}

void __sanitizer_cov_pcs_init(const uintptr_t *start, const uintptr_t *end) {
    if (!pcs_start || start < pcs_start) pcs_start = start;
    if (end > pcs_end) pcs_end = end;
}

static int main_program(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    load_address = info->dlpi_addr;
    return 1; /* the first entry is the executable */
}

static void write_coverage(const char *path) {
    char temporary[4096];
    if (!counters_start || !pcs_start) return;
    if (snprintf(temporary, sizeof temporary, "%s.tmp", path) >= (int)sizeof temporary) return;
    FILE *file = fopen(temporary, "w");
    if (!file) return;
    size_t count = (size_t)(counters_end - counters_start);
    /* The pc table holds two words per counter: the function's address and flags. */
    for (size_t i = 0; i < count && pcs_start + 2 * i < pcs_end; i++)
        if (counters_start[i]) fprintf(file, "%lx\n", (unsigned long)(pcs_start[2 * i] - load_address));
    fclose(file);
    rename(temporary, path);
}

static void *writer(void *path) {
    for (;;) {
        sleep(3);
        write_coverage(path);
    }
    return NULL;
}

__attribute__((constructor)) static void start_writer(void) {
    char *path = getenv("APUS_COVERAGE_OUT");
    if (!path) return;
    dl_iterate_phdr(main_program, NULL);
    pthread_t thread;
    pthread_create(&thread, NULL, writer, path);
}
