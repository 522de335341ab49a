#!/usr/bin/env bash
# DutyAtlas setup: system packages, pinned third-party sources, browser-test npm packages.
# Idempotent and non-interactive; called by scripts/demo.sh and scripts/test.sh.
# A second run with everything in place is a no-op that takes about a second.
set -euo pipefail

# ---------------------------------------------------------------------------
# Pins. Every downloaded file that is used is checked against its SHA-256.
# name    source (deb:SRCPKG | npm:PKG)   version          file                               sha256
PINS="
imgui   deb:imgui           1.86+ds-1        imgui_1.86+ds.orig.tar.xz           0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64
imgui   deb:imgui           1.86+ds-1        imgui_1.86+ds-1.debian.tar.xz       dbf447bb7ab177eda7f1ea70f6f4b85c1e4f9447d473e55e804e4e052ce21d15
imgui   deb:imgui           1.86+ds-1        imgui_1.86+ds-1.dsc                 a8023a69501688316566ecd615fe98ecc53b11d305205a6636593f7066bdb7c3
zstd    deb:libzstd         1.5.4+dfsg2-5    libzstd_1.5.4+dfsg2.orig.tar.xz     8cf4bbb65e77ec348d052c8d6230eba66d435bddf64c8b5be2fcb16880c19953
zstd    deb:libzstd         1.5.4+dfsg2-5    libzstd_1.5.4+dfsg2-5.debian.tar.xz 82ce911445772861d0838bd4545f93bc50658bc7f3cefdb17a307dfb8ffca5d8
zstd    deb:libzstd         1.5.4+dfsg2-5    libzstd_1.5.4+dfsg2-5.dsc           8f602f92b575aa8b5e979196fb6ee82d78f233521dc9636526d3ecba1f63c1b1
json    deb:nlohmann-json3  3.11.2-2         nlohmann-json3_3.11.2.orig.tar.gz   d69f9deb6a75e2580465c6c4c5111b89c4dc2fa94e3a85fcd2ffcd9a143d9273
json    deb:nlohmann-json3  3.11.2-2         nlohmann-json3_3.11.2-2.debian.tar.xz 8c038cbbb09e719d856320006a6d16425c732a73574d03fe089e477c73022ab3
json    deb:nlohmann-json3  3.11.2-2         nlohmann-json3_3.11.2-2.dsc         70bec2cd47a992e0fcf5b92d820d264b871c15278cce68edcc05dbb579d795a0
sqlite  npm:better-sqlite3  12.11.1          better-sqlite3-12.11.1.tgz          ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835
"
# Debian release the deb: pins come from (source lines are built for this suite).
DEBIAN_SRC_SUITE=bookworm
# SQLite version expected inside the better-sqlite3 tarball.
SQLITE_EXPECTED_VERSION=3.53.2
# playwright-core version written into a new tests/browser/package.json.
PLAYWRIGHT_CORE_VERSION=1.65.1

# poppler-utils: pdftotext reads back what the browser tests print; librsvg2-bin: rsvg-convert
# makes the app icons from assets/icon/icon.svg (scripts/app_files.mjs); clang: the fuzz targets
# and CI's sanitizer build; zstd: a bundle's image as a fuzz seed (scripts/fuzz.sh);
# libzip-dev + libpugixml-dev: the builder reads .xlsx lists; libxlsxwriter-dev: `query …
# --xlsx`; python3-openpyxl, python3-docx: the test workbooks and Word files (tools/office-files/);
# libreoffice-calc-nogui, libreoffice-writer-nogui: the tests open our Excel exports and re-save
# the test Word files in another office suite (tests/office/).
APT_PACKAGES="cmake ninja-build g++ emscripten doctest-dev libzstd-dev
libharfbuzz-dev chromium fonts-wqy-microhei dpkg-dev python3 ca-certificates
poppler-utils librsvg2-bin clang zstd libzip-dev libpugixml-dev libxlsxwriter-dev
python3-openpyxl python3-docx libreoffice-calc-nogui libreoffice-writer-nogui"
# ---------------------------------------------------------------------------

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/.deps"
DL="$DEPS/downloads"
SRC="$DEPS/src"
APTDIR="$DEPS/apt"

say() { echo "setup: $*"; }
die() { echo "setup: ERROR: $*" >&2; exit 1; }

WORK="$(mktemp -d)"
APT_READY=0 # 1 once this run has built the private apt setup in $APTDIR
cleanup() {
  rm -rf "$WORK"
  # The private apt lists carry the mirror's host in their file names: keep them only while needed.
  if [ "$APT_READY" != 0 ]; then rm -rf "$APTDIR"; fi
}
trap cleanup EXIT

# Runs a command quietly; on failure shows its output and fails.
quiet() {
  local log="$WORK/cmd.log"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    die "command failed: $*"
  fi
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

# ---------------------------------------------------------------------------
# 1. Debian packages
step_apt_packages() {
  local want=() missing=() p st
  for p in $APT_PACKAGES; do want+=("$p"); done
  command -v node >/dev/null 2>&1 || want+=(nodejs)
  command -v npm >/dev/null 2>&1 || want+=(npm)
  for p in "${want[@]}"; do
    st="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [ "$st" = "install ok installed" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "debian packages: all present"
    return
  fi
  say "debian packages: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    die "not root and no sudo: install these packages first: ${missing[*]}"
  fi
  quiet $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
  quiet $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------
# Pin helpers
pin_field() { # NAME COLUMN -> first matching value
  echo "$PINS" | awk -v n="$1" -v c="$2" '$1 == n { print $c; exit }'
}
pin_files() { # NAME -> "file sha" lines
  echo "$PINS" | awk -v n="$1" '$1 == n { print $4, $5 }'
}
pin_stamp() { # NAME -> expected stamp content
  echo "$PINS" | awk -v n="$1" '$1 == n { v = $3; s = s " " $4 "=" $5 } END { print n, v s }'
}
sha_of() { sha256sum "$1" | cut -d' ' -f1; }
downloads_ok() { # NAME -> 0 if every pinned file of NAME is in downloads/ with the right checksum
  local f s
  while read -r f s; do
    [ -f "$DL/$f" ] && [ "$(sha_of "$DL/$f")" = "$s" ] || return 1
  done < <(pin_files "$1")
}
verify_downloads() { # NAME: check checksums after a download; delete and fail on mismatch
  local f s got
  while read -r f s; do
    [ -f "$DL/$f" ] || die "$1: download did not produce $f"
    got="$(sha_of "$DL/$f")"
    if [ "$got" != "$s" ]; then
      rm -f "$DL/$f"
      die "$1: SHA-256 mismatch for $f: expected $s, got $got (file deleted)"
    fi
  done < <(pin_files "$1")
}
stamp_ok() { # NAME
  [ -f "$SRC/$1/.stamp" ] && [ "$(cat "$SRC/$1/.stamp")" = "$(pin_stamp "$1")" ]
}
check_files() { # DIR FILE...
  local d="$1" f
  shift
  for f in "$@"; do [ -f "$d/$f" ] || die "expected file missing after extraction: $d/$f"; done
}

# ---------------------------------------------------------------------------
# Private apt setup for Debian source packages (the machine's apt configuration is not touched).
# Prints "URI KEYRING" for each Debian archive entry of the machine's apt sources
# (no security archive, no third-party repositories).
debian_mirrors() {
  local files=() f
  [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  [ ${#files[@]} -gt 0 ] || return 0
  for f in "${files[@]}"; do
    case "$f" in
      *.sources) awk -f "$WORK/emit.awk" -f "$WORK/deb822.awk" "$f" ;;
      *) awk -f "$WORK/emit.awk" -f "$WORK/oneline.awk" "$f" ;;
    esac
  done | awk '!seen[$1]++'
}

write_awk_programs() {
  cat >"$WORK/emit.awk" <<'AWK'
# emit(uri, suite, components, keyring): prints "URI KEYRING" when the entry is a Debian archive entry.
function emit(uri, suite, comps, key,   base) {
  if (uri !~ /^(https?|file|mirror(\+[a-z]+)?):/) return
  if (uri ~ /security/ || suite ~ /security/) return
  if ((" " comps " ") !~ /[ \t]main[ \t]/) return
  base = suite; sub(/-(updates|backports|backports-sloppy|proposed-updates)$/, "", base)
  if (base !~ /^(buster|bullseye|bookworm|trixie|forky|duke|sid|oldoldstable|oldstable|stable|testing|unstable)$/) return
  if (key != "" && key !~ /^\//) key = ""           # fingerprints / embedded keys: use the default keyring
  if (key != "" && key !~ /debian-archive/) return   # signed by some other key: not Debian's archive
  if (key == "") key = "/usr/share/keyrings/debian-archive-keyring.gpg"
  sub(/\/+$/, "", uri)
  print uri, key
}
AWK
  # deb822 format (*.sources)
  cat >"$WORK/deb822.awk" <<'AWK'
function reset() { types = ""; uris = ""; suites = ""; comps = ""; key = ""; enabled = "yes" }
function flush(   nu, ns, U, S, i, j) {
  if (types ~ /(^|[ \t])deb(-src)?([ \t]|$)/ && tolower(enabled) != "no") {
    nu = split(uris, U, /[ \t]+/); ns = split(suites, S, /[ \t]+/)
    for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) if (U[i] != "" && S[j] != "") emit(U[i], S[j], comps, key)
  }
  reset()
}
BEGIN { reset() }
/^[ \t]*#/ { next }
/^[ \t]*$/ { flush(); next }
/^[ \t]/ { next }  # continuation line (e.g. an embedded key): ignored
{
  k = tolower(substr($0, 1, index($0, ":") - 1)); v = substr($0, index($0, ":") + 1)
  gsub(/^[ \t]+|[ \t]+$/, "", v)
  if (k == "types") types = v; else if (k == "uris") uris = v; else if (k == "suites") suites = v
  else if (k == "components") comps = v; else if (k == "enabled") enabled = v
  else if (k == "signed-by") key = v
}
END { flush() }
AWK
  # one-line format (sources.list, *.list)
  cat >"$WORK/oneline.awk" <<'AWK'
/^[ \t]*#/ || /^[ \t]*$/ { next }
{
  line = $0; key = ""
  sub(/#.*/, "", line)
  if (match(line, /\[[^]]*\]/)) {
    opts = substr(line, RSTART + 1, RLENGTH - 2)
    line = substr(line, 1, RSTART - 1) " " substr(line, RSTART + RLENGTH)
    n = split(opts, O, /[ \t]+/)
    for (i = 1; i <= n; i++) if (tolower(O[i]) ~ /^signed-by=/) key = substr(O[i], 11)
  }
  n = split(line, F, /[ \t]+/); k = 1
  while (k <= n && F[k] == "") k++
  if (F[k] != "deb" && F[k] != "deb-src") next
  comps = ""
  for (i = k + 3; i <= n; i++) comps = comps " " F[i]
  emit(F[k + 1], F[k + 2], comps, key)
}
AWK
}

private_apt() { # runs apt-get/apt-cache with the private configuration
  local tool="$1"
  shift
  "$tool" -c "$APTDIR/apt.conf" "$@"
}
prepare_private_apt() {
  [ "$APT_READY" = 1 ] && return
  APT_READY=1
  write_awk_programs
  rm -rf "$APTDIR"
  mkdir -p "$APTDIR/lists/partial" "$APTDIR/cache/archives/partial" "$APTDIR/sources.list.d"
  local mirrors
  mirrors="$(debian_mirrors)"
  [ -n "$mirrors" ] || die "no Debian archive mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/"
  echo "$mirrors" | while read -r uri key; do
    echo "deb-src [signed-by=$key] $uri $DEBIAN_SRC_SUITE main"
  done >"$APTDIR/sources.list"
  cat >"$APTDIR/apt.conf" <<EOF
Dir::Etc::SourceList "$APTDIR/sources.list";
Dir::Etc::SourceParts "$APTDIR/sources.list.d";
Dir::State::Lists "$APTDIR/lists";
Dir::Cache "$APTDIR/cache";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT::Sandbox::User "$(id -un)";
#clear APT::Update::Pre-Invoke;
#clear APT::Update::Post-Invoke;
#clear APT::Update::Post-Invoke-Success;
EOF
  quiet private_apt apt-get -q update
}

# ---------------------------------------------------------------------------
# 2. Third-party sources
fetch_deb() { # NAME: download pinned Debian source package files into downloads/
  local name="$1" srcpkg version
  srcpkg="$(pin_field "$name" 2)"; srcpkg="${srcpkg#deb:}"
  version="$(pin_field "$name" 3)"
  prepare_private_apt
  (cd "$DL" && quiet private_apt apt-get -q source --download-only "$srcpkg=$version") ||
    die "$name: could not download Debian source $srcpkg=$version from $DEBIAN_SRC_SUITE"
}

fetch_npm() { # NAME: npm pack the pinned package into downloads/
  local name="$1" pkg version tgz
  pkg="$(pin_field "$name" 2)"; pkg="${pkg#npm:}"
  version="$(pin_field "$name" 3)"
  tgz="$(pin_field "$name" 4)"
  mkdir -p "$WORK/pack"
  (cd "$WORK/pack" && quiet npm pack --silent "$pkg@$version")
  [ -f "$WORK/pack/$tgz" ] || die "$name: npm pack did not produce $tgz"
  mv -f "$WORK/pack/$tgz" "$DL/$tgz"
}

extract() { # NAME into $SRC/NAME (via a temporary folder, replaced whole)
  local name="$1" kind tmp="$SRC/.tmp-$1" dsc tgz
  kind="$(pin_field "$name" 2)"
  rm -rf "$tmp"
  case "$kind" in
    deb:*)
      # dpkg-source applies Debian's patches (zstd: upstream block-splitter corruption fix;
      # imgui: only adds a Makefile; nlohmann-json3: none). Checksums were verified above against the pins.
      dsc="$(pin_files "$name" | awk '$1 ~ /\.dsc$/ { print $1 }')"
      quiet dpkg-source --no-check --no-copy -x "$DL/$dsc" "$tmp"
      ;;
    npm:*)
      tgz="$(pin_field "$name" 4)"
      mkdir -p "$tmp" "$WORK/untar"
      tar -xzf "$DL/$tgz" -C "$WORK/untar" package/deps/sqlite3
      mv "$WORK/untar/package/deps/sqlite3/"* "$tmp/"
      ;;
  esac
  case "$name" in
    imgui) check_files "$tmp" imgui.cpp imgui_draw.cpp imgui_widgets.cpp imgui_tables.cpp imgui_demo.cpp \
             imgui.h imgui_internal.h imconfig.h imstb_truetype.h imstb_rectpack.h imstb_textedit.h \
             backends/imgui_impl_glfw.cpp backends/imgui_impl_glfw.h \
             backends/imgui_impl_opengl3.cpp backends/imgui_impl_opengl3.h backends/imgui_impl_opengl3_loader.h ;;
    zstd) check_files "$tmp" lib/zstd.h lib/zstd_errors.h lib/common/zstd_common.c \
            lib/compress/zstd_compress.c lib/decompress/zstd_decompress.c
          grep -q '^#define ZSTD_VERSION_RELEASE *4$' "$tmp/lib/zstd.h" || die "zstd: lib/zstd.h is not 1.5.4" ;;
    json) check_files "$tmp" include/nlohmann/json.hpp include/nlohmann/json_fwd.hpp \
            include/nlohmann/detail/abi_macros.hpp LICENSE.MIT
          grep -q '^#define NLOHMANN_JSON_VERSION_MINOR 11 ' "$tmp/include/nlohmann/detail/abi_macros.hpp" &&
            grep -q '^#define NLOHMANN_JSON_VERSION_PATCH 2 ' "$tmp/include/nlohmann/detail/abi_macros.hpp" ||
            die "json: include/nlohmann is not nlohmann/json 3.11.2" ;;
    sqlite) check_files "$tmp" sqlite3.c sqlite3.h
            grep -q "^#define SQLITE_VERSION *\"$SQLITE_EXPECTED_VERSION\"" "$tmp/sqlite3.h" ||
              die "sqlite: sqlite3.h is not SQLite $SQLITE_EXPECTED_VERSION" ;;
  esac
  pin_stamp "$name" >"$tmp/.stamp"
  rm -rf "${SRC:?}/$name"
  mv "$tmp" "$SRC/$name"
}

step_source() { # NAME
  local name="$1" kind version
  kind="$(pin_field "$name" 2)"
  version="$(pin_field "$name" 3)"
  if stamp_ok "$name"; then
    say "$name $version: up to date (.deps/src/$name)"
    return
  fi
  if downloads_ok "$name"; then
    say "$name $version: extracting cached download"
  else
    say "$name $version: downloading ($kind)"
    case "$kind" in
      deb:*) fetch_deb "$name" ;;
      npm:*) fetch_npm "$name" ;;
    esac
    verify_downloads "$name"
  fi
  extract "$name"
  say "$name $version: ready in .deps/src/$name"
}

# ---------------------------------------------------------------------------
# 3. npm packages for the browser tests
step_browser_npm() {
  local dir="$ROOT/tests/browser" stamp
  if [ ! -f "$dir/package.json" ]; then
    mkdir -p "$dir"
    cat >"$dir/package.json" <<EOF
{
  "name": "dutyatlas-browser-tests",
  "private": true,
  "type": "module",
  "devDependencies": {
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  }
}
EOF
    say "browser tests: created tests/browser/package.json (playwright-core $PLAYWRIGHT_CORE_VERSION)"
  fi
  # Keep the registry's host out of package-lock.json.
  if [ ! -f "$dir/.npmrc" ] || ! grep -q '^omit-lockfile-registry-resolved *= *true' "$dir/.npmrc"; then
    printf '%s\n' 'omit-lockfile-registry-resolved=true' 'fund=false' 'audit=false' 'update-notifier=false' >>"$dir/.npmrc"
  fi
  stamp="$dir/node_modules/.setup-stamp"
  if [ -f "$dir/package-lock.json" ] && [ -f "$stamp" ] &&
     [ ! "$dir/package-lock.json" -nt "$stamp" ] && [ ! "$dir/package.json" -nt "$stamp" ]; then
    say "browser tests: node_modules up to date"
    return
  fi
  if [ -f "$dir/package-lock.json" ]; then
    say "browser tests: npm ci"
    (cd "$dir" && quiet npm ci --no-audit --no-fund)
  else
    say "browser tests: npm install (creates package-lock.json)"
    (cd "$dir" && quiet npm install --no-audit --no-fund)
  fi
  # Should a "resolved" URL have slipped into the lockfile anyway, drop it.
  local reg
  reg="$(npm config get registry 2>/dev/null | sed -E 's#^[a-z]+://##; s#/.*##')"
  if [ -n "$reg" ] && grep -qF "$reg" "$dir/package-lock.json"; then
    node -e '
      const fs = require("fs"), f = process.argv[1], j = JSON.parse(fs.readFileSync(f, "utf8"));
      for (const p of Object.values(j.packages || {})) delete p.resolved;
      fs.writeFileSync(f, JSON.stringify(j, null, 2) + "\n");' "$dir/package-lock.json"
    grep -qF "$reg" "$dir/package-lock.json" && die "tests/browser/package-lock.json still names the registry host"
  fi
  touch "$stamp"
}

# ---------------------------------------------------------------------------
mkdir -p "$DL" "$SRC"
exec 9>"$DEPS/.lock"
flock 9 # demo.sh and test.sh may run at the same time

step_apt_packages
for name in $(echo "$PINS" | awk 'NF { print $1 }' | awk '!seen[$0]++'); do
  step_source "$name"
done
step_browser_npm
say ok
