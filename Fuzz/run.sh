#!/usr/bin/env bash
# Fuzzes the content readers (text decoding, CSV, YAML, front matter, typed records) with libFuzzer
# and AddressSanitizer. Compiles with swiftc directly, so the normal SwiftPM build needs no fuzzer flags:
#   Yams (+ its C libyaml) → module Yams; ZIPFoundation (+ zlib) → module ZIPFoundation;
#   Sources/ReportSiteModel → module ReportSiteModel;
#   Sources/ReportSiteContent + Fuzz/FuzzContent.swift → one executable (internal readers reachable).
# Usage: Fuzz/run.sh [seconds, default 60] [extra libFuzzer flags…]
# Crashes are written to .build/fuzz/artifacts/; rerun one with `.build/fuzz/fuzz-content FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"; shift || true
TOOLCHAIN="${SWIFT_TOOLCHAIN:-/opt/swift/usr/bin}"
SWIFTC="$TOOLCHAIN/swiftc"
CLANG="$TOOLCHAIN/clang"
OUT=.build/fuzz
YAMS=.build/checkouts/Yams/Sources
ZIPF=.build/checkouts/ZIPFoundation/Sources
{ [ -d "$YAMS" ] && [ -d "$ZIPF" ]; } || swift package resolve
mkdir -p "$OUT/obj" "$OUT/modules" "$OUT/corpus" "$OUT/artifacts"

SAN=(-sanitize=fuzzer,address -O -g -use-ld=lld)
BIN="$OUT/fuzz-content"
# Rebuild only when a source is newer than the fuzzer.
if [ -x "$BIN" ] && [ -z "$(find Sources/ReportSiteContent Sources/ReportSiteModel Fuzz "$YAMS" "$ZIPF" -newer "$BIN" -type f | head -1)" ]; then
  echo "fuzz: $BIN is up to date"
else
echo "fuzz: compiling libyaml"
for c in "$YAMS"/CYaml/src/*.c; do
  "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I"$YAMS/CYaml/include" "$c" -o "$OUT/obj/cyaml-$(basename "$c" .c).o"
done
echo "fuzz: compiling Yams"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name Yams -D SWIFT_PACKAGE \
  -Xcc -DYAML_DECLARE_STATIC -I "$YAMS/CYaml/include" \
  -emit-module -emit-module-path "$OUT/modules/Yams.swiftmodule" -c "$YAMS"/Yams/*.swift -o "$OUT/obj/Yams.o"
echo "fuzz: compiling ZIPFoundation"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ZIPFoundation -I "$ZIPF/CZLib" -Xcc -D_GNU_SOURCE=1 \
  -emit-module -emit-module-path "$OUT/modules/ZIPFoundation.swiftmodule" -c "$ZIPF"/ZIPFoundation/*.swift -o "$OUT/obj/ZIPFoundation.o"
echo "fuzz: compiling ReportSiteModel"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteModel \
  -emit-module -emit-module-path "$OUT/modules/ReportSiteModel.swiftmodule" \
  -c $(find Sources/ReportSiteModel -name '*.swift' | sort) -o "$OUT/obj/ReportSiteModel.o"
echo "fuzz: compiling ReportSiteContent with the fuzz entry point"
"$SWIFTC" "${SAN[@]}" -parse-as-library -wmo -module-name ReportSiteContent \
  -I "$OUT/modules" -Xcc -DYAML_DECLARE_STATIC -I "$YAMS/CYaml/include" -I "$ZIPF/CZLib" \
  $(find Sources/ReportSiteContent -name '*.swift' | sort) Fuzz/FuzzContent.swift \
  "$OUT/obj/Yams.o" "$OUT/obj/ZIPFoundation.o" "$OUT/obj/ReportSiteModel.o" "$OUT"/obj/cyaml-*.o -lz \
  -o "$BIN"
fi

# Seed corpus: every content file of the sample site and the test fixtures, plus the dictionary.
find Content Tests/Fixtures -type f \( -name '*.csv' -o -name '*.yaml' -o -name '*.md' \) -size -16k -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$OUT/corpus/$(cksum < "$f" | cut -d' ' -f1)"; done

echo "fuzz: running for ${SECONDS_TO_RUN}s"
# ASan's leak checker is off: the Swift runtime keeps metadata caches for the life of the process.
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$BIN" \
  -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
  -dict=Fuzz/content.dict -artifact_prefix="$OUT/artifacts/" -print_final_stats=1 "$@" "$OUT/corpus"
