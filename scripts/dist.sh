#!/usr/bin/env bash
# `make dist`: packages the release program BIN (built with --static-swift-stdlib and stamped with its
# commit) into OUT/reportsite_VERSION_ARCH.deb and OUT/reportsite-VERSION-linux-ARCH.tar.gz.
# The version and commit come from the program itself; the Depends line and the tarball's list of
# libraries from `ldd BIN` and `dpkg -S` (docs/decisions.md, 57). Same binary and SOURCE_DATE_EPOCH: same bytes.
set -euo pipefail
bin=$1 out=$2 scratch=$3
root=$(cd "$(dirname "$0")/.." && pwd)
: "${SOURCE_DATE_EPOCH:?set SOURCE_DATE_EPOCH (the Makefile does)}"

version_line=$("$bin" --version)            # 0.1.0 (commit 44b9e50abc12)
version=${version_line%% *}
commit=${version_line#*(commit }; commit=${commit%)}
arch=$(dpkg --print-architecture)

# The Debian package that holds PATH; ldd may name it by /lib or by /usr/lib (merged /usr).
package_of() {
    local p
    for p in "$1" "$(realpath "$1")" "/usr${1#/usr}" "${1#/usr}"; do
        dpkg-query -S "$p" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
    done
    echo "no Debian package holds $1, which $bin needs" >&2
    return 1
}

# Shared libraries as ldd resolves them (soname and path), failing on any it cannot find.
libraries=$(ldd "$bin")
if grep -q 'not found' <<<"$libraries"; then echo "$bin: missing libraries:"; grep 'not found' <<<"$libraries"; exit 1; fi
mapfile -t lib_lines < <(awk '$2 == "=>" { print $1, $3 }' <<<"$libraries")
declare -A packages=()
library_list=""
for line in "${lib_lines[@]}"; do
    soname=${line% *} path=${line#* }
    pkg=$(package_of "$path")
    packages[$pkg]=1
    library_list+="    $soname  (Debian: $pkg)"$'\n'
done
mapfile -t names < <(printf '%s\n' "${!packages[@]}" | LC_ALL=C sort)
depends=""
for pkg in "${names[@]}"; do
    upstream=$(dpkg-query -W -f='${Version}' "$pkg"); upstream=${upstream%-*}
    depends+="${depends:+, }$pkg (>= $upstream)"
done

stage=$scratch/stage
rm -rf "$stage" "$out"
mkdir -p "$out"

# The manual page, from the program's own help (help2man) and packaging/reportsite.h2m. In English, as the
# rest of the page (help2man reads the English headings of --help); `reportsite --help` speaks Vietnamese.
export REPORTSITE_LANG=en
help2man_include=$scratch/reportsite-commands.h2m
{
    echo "[COMMANDS]"
    for cmd in init check build serve; do
        printf '.SS %s\n.nf\n' "$cmd"
        "$bin" "$cmd" --help | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./'
        printf '.fi\n'
    done
    cat "$root/packaging/reportsite.h2m"
} >"$help2man_include"
help2man --no-info --include="$help2man_include" --version-string="$version_line" "$bin" >"$scratch/reportsite.1"

# Documents for users, shared by both packages.
docs=("$root/README.md" "$root/docs/content-format.md" "$root/docs/diagnostics.md")
{
    cat "$root/packaging/copyright"
    swift_license=$(dirname "$(realpath "$(command -v swift)")")/../share/swift/LICENSE.txt
    printf '\n\n==== Swift (runtime, standard library, Foundation) ====\n\n'; cat "$swift_license"
    for license in "$scratch"/checkouts/*/LICENSE*; do
        name=$(basename "$(dirname "$license")")
        printf '\n\n==== %s ====\n\n' "$name"; cat "$license"
    done
} >"$scratch/copyright"

# The Debian package.
deb=$stage/deb
install -D -m 755 -s "$bin" "$deb/usr/bin/reportsite"
install -d "$deb/usr/share/man/man1" "$deb/usr/share/doc/reportsite" "$deb/DEBIAN"
gzip -9n <"$scratch/reportsite.1" >"$deb/usr/share/man/man1/reportsite.1.gz"
install -m 644 "${docs[@]}" "$scratch/copyright" "$deb/usr/share/doc/reportsite/"
size=$(du -sk --exclude=DEBIAN "$deb" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@INSTALLED_SIZE@|$size|" -e "s|@DEPENDS@|$depends|" \
    "$root/packaging/control.in" >"$deb/DEBIAN/control"
find "$deb" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$deb" "$out/reportsite_${version}_${arch}.deb" >/dev/null

# The tarball, for systems without dpkg.
name=reportsite-$version-linux-$arch
tgz=$stage/$name
install -D -m 755 -s "$bin" "$tgz/reportsite"
install -m 644 "$scratch/reportsite.1" "$tgz/reportsite.1"
install -D -m 644 "${docs[@]}" "$scratch/copyright" -t "$tgz/doc"
sed -e "s|@VERSION@|$version|g" -e "s|@COMMIT@|$commit|g" -e "s|@ARCH@|$arch|g" \
    -e "s|@PACKAGES@|${names[*]}|" "$root/packaging/README-tarball.txt.in" |
    awk -v libs="${library_list%$'\n'}" '{ if ($0 == "@LIBRARIES@") print libs; else print }' >"$tgz/README.txt"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$stage" -c "$name" |
    gzip -9n >"$out/$name.tar.gz"

echo "Depends: $depends"
ls -l "$out"
