#!/usr/bin/env bash
# `make test-dist`: the .deb in DIST/ installed with apt-get into a minimal Debian bookworm that never saw
# Swift, and reportsite run there in chroot: --version, init, check, build, serve. Needs root.
#   e2e/dist/run.sh DIST CACHE COMMIT
# CACHE/bookworm is the debootstrapped system, made once and kept; every run works in a fresh copy,
# CACHE/run, deleted when the run passes. Mounts live in a private mount namespace (unshare), so they
# go away with the run even when it is killed, and are unmounted on every exit before that.
set -euo pipefail
dist=$1 cache=$(realpath -m "$2") commit=$3
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ -z "${REPORTSITE_TEST_DIST_NS:-}" ]; then
    export REPORTSITE_TEST_DIST_NS=1
    exec unshare --mount --propagation private bash "$0" "$@"
fi

debs=("$dist"/reportsite_*_"$(dpkg --print-architecture)".deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { echo "expected one .deb in $dist, found: ${debs[*]}"; exit 1; }
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)

base=$cache/bookworm
if [ ! -e "$base/.complete" ]; then
    rm -rf "$base"
    echo "== debootstrap bookworm into $base (once; kept for later runs)"
    debootstrap --variant=minbase bookworm "$base" "$mirror"
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://security.debian.org/debian-security bookworm-security main\n' \
        "$mirror" "$mirror" >"$base/etc/apt/sources.list"
    rm -rf "$base/var/cache/apt/archives/"*.deb
    touch "$base/.complete"
fi

root=$cache/run
rm -rf "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

serve_pid=""
cleanup() {
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    for m in dev/pts dev sys proc; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" "$@"; }
fail() { printf 'FAIL: %b\n' "$*"; exit 1; }
pass() { echo "ok: $*"; }

echo "== apt-get install ./$(basename "$deb") in the chroot"
in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    /tmp/$(basename "$deb")" >"$cache/apt.log" 2>&1 || fail "apt-get in the chroot:\n$(cat "$cache/apt.log")"
grep '^Setting up' "$cache/apt.log"

# The same program run on this machine (with Swift) is the reference for what it prints and writes.
ref=$cache/reference
rm -rf "$ref" && mkdir -p "$ref/pkg" "$ref/work"
dpkg-deb -x "$deb" "$ref/pkg"

echo "== checks"
swift_files=$(find "$root" -xdev \( -name 'swift*' -o -name 'libswift*' -o -name 'libFoundation*' \) -print)
[ -z "$swift_files" ] || fail "the chroot has Swift files: $swift_files"
pass "no Swift in the chroot"

libs=$(in_root ldd /usr/bin/reportsite)
echo "$libs"
grep -q 'not found' <<<"$libs" && fail "ldd in the chroot: missing libraries"
pass "ldd in the chroot finds every library"

expected_depends=$(awk '$2 == "=>" { print $3 }' <<<"$libs" | while read -r lib; do
    in_root dpkg-query -S "$(in_root realpath "$lib")" 2>/dev/null || in_root dpkg-query -S "$lib"
done | cut -d: -f1 | LC_ALL=C sort -u | paste -sd' ')
depends=$(dpkg-deb -f "$deb" Depends | sed 's/ ([^)]*)//g; s/,//g')
[ "$depends" = "$expected_depends" ] || fail "Depends names '$depends', the chroot's ldd + dpkg -S give '$expected_depends'"
pass "Depends: $(dpkg-deb -f "$deb" Depends)"

for f in /usr/bin/reportsite /usr/share/man/man1/reportsite.1.gz /usr/share/doc/reportsite/README.md \
         /usr/share/doc/reportsite/content-format.md /usr/share/doc/reportsite/diagnostics.md /usr/share/doc/reportsite/copyright; do
    in_root dpkg-query -S "$f" >/dev/null || fail "$f is not in the installed package"
done
zcat "$root/usr/share/man/man1/reportsite.1.gz" | grep -q '^\.SS build' || fail "the manual page has no build command"
pass "program, manual page and docs installed"

got=$(in_root reportsite --version)
[ "$got" = "$version (commit $commit)" ] || fail "--version printed '$got', expected '$version (commit $commit)'"
pass "reportsite --version: $got"

same() {  # same DIR CMD...: reportsite CMD in DIR of /root in the chroot and of the reference folder
    local dir=$1 want got
    shift
    want=$(cd "$ref/work/$dir" && "$ref/pkg/usr/bin/reportsite" "$@" 2>&1; echo "exit $?") || true
    got=$(in_root sh -c 'cd /root/"$0" && exec reportsite "$@"' "$dir" "$@" 2>&1; echo "exit $?") || true
    [ "$got" = "$want" ] || fail "reportsite $*: got\n$got\nexpected\n$want"
    [ "${got##*exit }" = 0 ] || fail "reportsite $* ended with ${got##*exit }"
    pass "reportsite $*, as on this machine: $(head -n1 <<<"$got")"
}
same . init site
same site check
same site build
diff -r "$ref/work/site/Output" "$root/root/site/Output" >/dev/null || fail "the chroot's Output/ differs from the reference build"
pass "Output/ is byte for byte the reference build ($(find "$root/root/site/Output" -type f | wc -l) files)"

in_root sh -c 'cd /root/site && exec reportsite serve --port 0' >"$ref/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 300); do grep -q 'http://' "$ref/serve.log" && break; sleep 0.1; done
url=$(grep -o -m1 'http://[^ ]*' "$ref/serve.log")
[ -n "$url" ] || fail "serve did not start: $(cat "$ref/serve.log")"
python3 - "$url" "$root/root/site/Output/build-manifest.json" <<'PY' || fail "serve at $url"
import sys, urllib.request
url, manifest = sys.argv[1], sys.argv[2]
with urllib.request.urlopen(url, timeout=10) as r:
    page = r.read().decode()
    assert r.status == 200 and "<html" in page, (r.status, page[:200])
with urllib.request.urlopen(url + "build-manifest.json", timeout=10) as r:
    assert r.read() == open(manifest, "rb").read(), "build-manifest.json served differs from the file"
PY
pass "reportsite serve --port 0 answered at $url"
kill "$serve_pid"; wait "$serve_pid" || true; serve_pid=""

cleanup
trap - EXIT
rm -rf "$root" "$ref" "$cache/apt.log"
echo "test-dist: all checks passed"
