#include "BuildInfo.h"

// Defined by a one-line object file that the Makefile writes into the build folder and hands to the
// linker (`-Xlinker`), so nothing in the work tree changes. Weak: without that file it stays NULL.
extern const char reportsite_commit[] __attribute__((weak));

const char *reportsite_build_commit(void) {
    return reportsite_commit;
}
