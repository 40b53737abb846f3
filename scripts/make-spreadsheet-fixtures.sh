#!/usr/bin/env bash
# Makes the spreadsheet fixtures of Tests/Fixtures/spreadsheets/made/ from the flat-ODS sources in
# Tests/Fixtures/spreadsheets/source/ with LibreOffice Calc headless in the Vietnamese locale (vi-VN):
# .xlsx and .ods as Calc saves them, the CSV that "Save As > Text CSV" writes with ";" separators and
# decimal commas (one file per sheet), and the UTF-16 tab-separated text of "Unicode Text".
# The made files are committed; run this after editing a source (needs libreoffice-calc-nogui).
# Usage: scripts/make-spreadsheet-fixtures.sh [OUTPUT_FOLDER]   (default: Tests/Fixtures/spreadsheets/made;
# `make test-spreadsheets` makes them into a temporary folder and runs the tests on those).
set -euo pipefail
cd "$(dirname "$0")/.."
src=Tests/Fixtures/spreadsheets/source
out=${1:-Tests/Fixtures/spreadsheets/made}
command -v soffice >/dev/null || { echo "needs LibreOffice Calc: apt-get install libreoffice-calc-nogui" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user" "$out"
# A profile whose locale is vi-VN: numbers shown (and so exported to CSV) with a decimal comma.
cp scripts/vi-vn-profile.xcu "$profile/user/registrymodifications.xcu"
calc() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null 2>&1; }
tmp="$profile/out"
for f in "$src"/*.fods; do
  base=$(basename "$f" .fods)
  calc --convert-to xlsx --outdir "$out" "$f"
  calc --convert-to ods --outdir "$out" "$f"
  # CSV filter options: separator ";" (59), quote '"' (34), UTF-8 (76), … , every sheet to its own file (-1).
  calc --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1066,false,true,true,false,false,-1' --outdir "$tmp" "$f"
  # "Unicode Text": tab (9), UTF-16 (65535), the first sheet.
  calc --convert-to 'txt:Text - txt - csv (StarCalc):9,34,65535,1,,1066,false,true,true,false,false,1' --outdir "$tmp" "$f"
  # Sheet names become ASCII file names (hue.csv); the hidden list sheet is not exported.
  for c in "$tmp/$base"-*.csv "$tmp/$base"-*.txt; do
    sheet=${c#"$tmp/$base"-}
    case "$sheet" in "Danh mục."*) continue ;; esac
    ascii=$(printf '%s' "$sheet" | python3 -c 'import sys,unicodedata; s=sys.stdin.read().replace("đ","d").replace("Đ","D"); print("".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "-"), end="")')
    mv "$c" "$out/$base-$ascii"
  done
  rm -rf "$tmp"
done
rm -f "$out"/bad-*.txt
ls -l "$out"
