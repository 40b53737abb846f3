// The least any generator must do for a site of N units, with no parsing or rendering at all: read every
// file under Content/ once, then create units/ID/index.html for N units (a folder and a file of BYTES
// bytes each) and the `other` pages beside them. It is the floor under `make bench`'s 10k row:
// docs/performance.md, "The floor". Built and run by bench/run.py with the system C compiler:
//
//   cc -O2 -pthread -o floor bench/floor.c
//   ./floor CONTENT_DIR OUT_DIR UNITS BYTES THREADS
//
// Prints one line: `read S s (F files, B bytes); create S s (N folders and files, T threads)`.
// OUT_DIR must not exist. Nothing else is touched.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long files_read, bytes_read;
static char buffer[1 << 20];

static void read_tree(int dirfd) {
    DIR *d = fdopendir(dirfd);
    if (!d) { perror("fdopendir"); exit(3); }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (e->d_type == DT_DIR) {
            int sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (sub < 0) { perror(e->d_name); exit(3); }
            read_tree(sub);
        } else {
            int f = openat(dirfd, e->d_name, O_RDONLY | O_CLOEXEC);
            if (f < 0) { perror(e->d_name); exit(3); }
            ssize_t n;
            while ((n = read(f, buffer, sizeof buffer)) > 0) bytes_read += n;
            close(f);
            files_read++;
        }
    }
    closedir(d);
}

static int units_fd;
static long units, page_bytes, threads;
static char *page;

static void *create(void *arg) {
    long k = (long)arg;
    char name[32];
    for (long i = k; i < units; i += threads) {
        snprintf(name, sizeof name, "u%06ld", i);
        if (mkdirat(units_fd, name, 0755) != 0) { perror("mkdirat"); exit(3); }
        int dir = openat(units_fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int f = openat(dir, "index.html", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (dir < 0 || f < 0) { perror("openat"); exit(3); }
        if (write(f, page, page_bytes) != page_bytes) { perror("write"); exit(3); }
        close(f);
        close(dir);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: floor CONTENT_DIR OUT_DIR UNITS BYTES THREADS\n");
        return 2;
    }
    units = atol(argv[3]);
    page_bytes = atol(argv[4]);
    threads = atol(argv[5]);
    if (threads < 1 || threads > 64) threads = 1;

    double t0 = now();
    int content = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (content < 0) { perror(argv[1]); return 3; }
    read_tree(content);
    double t1 = now();

    page = malloc(page_bytes);
    memset(page, 'x', page_bytes);
    if (mkdir(argv[2], 0755) != 0) { perror(argv[2]); return 3; }
    int out = open(argv[2], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out < 0 || mkdirat(out, "units", 0755) != 0) { perror("units"); return 3; }
    units_fd = openat(out, "units", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    pthread_t ts[64];
    for (long k = 0; k < threads; k++) pthread_create(&ts[k], NULL, create, (void *)k);
    for (long k = 0; k < threads; k++) pthread_join(ts[k], NULL);
    double t2 = now();

    printf("read %.3f s (%ld files, %ld bytes); create %.3f s (%ld folders and files, %ld threads)\n",
           t1 - t0, files_read, bytes_read, t2 - t1, units, threads);
    return 0;
}
