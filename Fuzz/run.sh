#!/usr/bin/env bash
# Fuzzes with libFuzzer and AddressSanitizer, two targets compiled with swiftc directly (so the normal SwiftPM
# build needs no fuzzer flags):
#   fuzz-content: the content readers (text decoding, CSV, YAML, front matter, typed records) and the loader
#     as a whole, the input standing for each content file of the minimal fixture site in turn;
#     Yams (+ its C libyaml) → module Yams; ZIPFoundation (+ zlib) → module ZIPFoundation;
#     Sources/ReportSiteModel → module ReportSiteModel;
#     Sources/ReportSiteContent + Fuzz/FuzzContent.swift → one executable (internal readers reachable).
#   fuzz-render: Markdown with components (libcmark, the component renderer on the fixture site's model)
#     and serve's request path; swift-mustache → module Mustache, ReportSiteContent as a module,
#     Sources/ReportSiteRender + ReportSiteServe's SiteResponder and StaticResponse + Fuzz/FuzzRender.swift → one executable.
# Usage: Fuzz/run.sh [seconds per target, default 60] [extra libFuzzer flags…]
# Crashes are written to .build/fuzz/artifacts/; rerun one with `.build/fuzz/fuzz-content FILE` (or fuzz-render).
# Each target runs with at most 4 GiB (-rss_limit_mb) and 10 s per input.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"; shift || true
TOOLCHAIN="${SWIFT_TOOLCHAIN:-/opt/swift/usr/bin}"
SWIFTC="$TOOLCHAIN/swiftc"
CLANG="$TOOLCHAIN/clang"
OUT=.build/fuzz
YAMS=.build/checkouts/Yams/Sources
MUSTACHE=.build/checkouts/swift-mustache/Sources/Mustache
ZIPF=.build/checkouts/ZIPFoundation/Sources
{ [ -d "$YAMS" ] && [ -d "$MUSTACHE" ] && [ -d "$ZIPF" ]; } || swift package resolve
mkdir -p "$OUT/obj" "$OUT/modules" "$OUT/corpus" "$OUT/corpus-render" "$OUT/artifacts"

SAN=(-sanitize=fuzzer,address -O -g -use-ld=lld)
CYAML=(-Xcc -DYAML_DECLARE_STATIC -I "$YAMS/CYaml/include" -I "$ZIPF/CZLib")
CMARK=(-Xcc -fmodule-map-file=Sources/CCmark/module.modulemap $(pkg-config --cflags-only-I libcmark | sed 's/-I/-Xcc -I/g'))
BIN="$OUT/fuzz-content"
RENDER="$OUT/fuzz-render"
# Rebuild only when a source is newer than the fuzzers.
if [ -x "$BIN" ] && [ -x "$RENDER" ] && [ -z "$(find Sources/ReportSiteContent Sources/ReportSiteModel Sources/ReportSiteRender Sources/ReportSiteServe Fuzz "$YAMS" "$MUSTACHE" "$ZIPF" -newer "$RENDER" -type f | head -1)" ]; then
  echo "fuzz: $BIN and $RENDER are up to date"
else
echo "fuzz: compiling libyaml"
for c in "$YAMS"/CYaml/src/*.c; do
  "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I"$YAMS/CYaml/include" "$c" -o "$OUT/obj/cyaml-$(basename "$c" .c).o"
done
echo "fuzz: compiling Yams"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name Yams -D SWIFT_PACKAGE "${CYAML[@]}" \
  -emit-module -emit-module-path "$OUT/modules/Yams.swiftmodule" -c "$YAMS"/Yams/*.swift -o "$OUT/obj/Yams.o"
echo "fuzz: compiling ZIPFoundation"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ZIPFoundation -I "$ZIPF/CZLib" -Xcc -D_GNU_SOURCE=1 \
  -emit-module -emit-module-path "$OUT/modules/ZIPFoundation.swiftmodule" -c "$ZIPF"/ZIPFoundation/*.swift -o "$OUT/obj/ZIPFoundation.o"
echo "fuzz: compiling ReportSiteModel"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteModel \
  -emit-module -emit-module-path "$OUT/modules/ReportSiteModel.swiftmodule" \
  -c $(find Sources/ReportSiteModel -name '*.swift' | sort) -o "$OUT/obj/ReportSiteModel.o"
echo "fuzz: compiling ReportSiteContent with the fuzz entry point"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteContent -I "$OUT/modules" "${CYAML[@]}" \
  $(find Sources/ReportSiteContent -name '*.swift' | sort) Fuzz/FuzzContent.swift \
  "$OUT/obj/Yams.o" "$OUT/obj/ZIPFoundation.o" "$OUT/obj/ReportSiteModel.o" "$OUT"/obj/cyaml-*.o -lz \
  -o "$BIN"
echo "fuzz: compiling ReportSiteContent and swift-mustache as modules"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteContent -I "$OUT/modules" "${CYAML[@]}" \
  -emit-module -emit-module-path "$OUT/modules/ReportSiteContent.swiftmodule" \
  -c $(find Sources/ReportSiteContent -name '*.swift' | sort) -o "$OUT/obj/ReportSiteContent.o"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name Mustache \
  -emit-module -emit-module-path "$OUT/modules/Mustache.swiftmodule" -c "$MUSTACHE"/*.swift -o "$OUT/obj/Mustache.o"
echo "fuzz: compiling ReportSiteRender and serve's SiteResponder with the fuzz entry point"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteRender -I "$OUT/modules" "${CYAML[@]}" "${CMARK[@]}" \
  $(find Sources/ReportSiteRender -name '*.swift' | sort) Sources/ReportSiteServe/SiteResponder.swift Sources/ReportSiteServe/StaticResponse.swift Fuzz/FuzzRender.swift \
  "$OUT/obj/Yams.o" "$OUT/obj/ReportSiteModel.o" "$OUT/obj/ReportSiteContent.o" "$OUT/obj/Mustache.o" "$OUT/obj/ZIPFoundation.o" \
  "$OUT"/obj/cyaml-*.o -lcmark -lz -o "$RENDER"
fi

# Seed corpora: every content file of the sample site and the test fixtures (Markdown for the renderer,
# with request paths of the serve tests), plus the dictionary.
find Content Tests/Fixtures -type f \( -name '*.csv' -o -name '*.yaml' -o -name '*.md' \) -size -16k -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$OUT/corpus/$(cksum < "$f" | cut -d' ' -f1)"; done
find Content Tests/Fixtures -type f -name '*.md' -size -16k -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$OUT/corpus-render/$(cksum < "$f" | cut -d' ' -f1)"; done
for p in / /index.html /units/ag-1/ /units/ag-1 /../secret.txt /%2e%2e/x /static/logo.svg?x=1 '/a%20b/'; do
  printf '%s' "$p" > "$OUT/corpus-render/path-$(printf '%s' "$p" | cksum | cut -d' ' -f1)"
done

# fuzz-content's copies of the fixture site (one per process) go when this script ends.
trap 'rm -rf "${TMPDIR:-/tmp}"/reportsite-fuzz-*' EXIT
# ASan's leak checker is off: the Swift runtime keeps metadata caches for the life of the process. Swift's
# own crash backtracer is off too: it reads the stack in a way ASan reports as a second error.
for target in "$BIN:$OUT/corpus" "$RENDER:$OUT/corpus-render"; do
  echo "fuzz: running ${target%%:*} for ${SECONDS_TO_RUN}s"
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "${target%%:*}" \
    -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
    -dict=Fuzz/content.dict -artifact_prefix="$OUT/artifacts/" -print_final_stats=1 "$@" "${target#*:}"
done
