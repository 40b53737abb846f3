#ifndef REPORTSITE_BUILD_INFO_H
#define REPORTSITE_BUILD_INFO_H

/// The commit the executable was built from, as `git describe` gave it when `make dist` linked it, or
/// NULL when the executable was linked without it (plain `swift build`, the tests). docs/decisions.md, 57.
const char *reportsite_build_commit(void);

#endif
