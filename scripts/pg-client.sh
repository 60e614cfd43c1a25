#!/usr/bin/env bash
# Prints the directory of PostgreSQL client tools (pg_dump, pg_restore, psql) of major version 18 or newer,
# which the backup and restore scripts need for a PostgreSQL 18 server (pg_dump refuses newer servers).
#
# Order: PG_CLIENT_BIN if set; the tools on the PATH if new enough; a copy built earlier in
# ~/.cache/pflegeverbund; otherwise it builds pg_dump, pg_restore and psql from the PostgreSQL 18 sources of
# Debian's archive (checksum from Debian's index of source packages), which needs a C compiler, make and the zlib
# headers (apt-get install build-essential zlib1g-dev). Building takes a few minutes, once.
set -euo pipefail

MIN_MAJOR=18
CACHE="${PORTAL_CACHE_DIR:-$HOME/.cache/pflegeverbund}"
ARCHIVE="${DEBIAN_ARCHIVE:-http://deb.debian.org/debian}"

major_of() { "$1" --version 2>/dev/null | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/' | head -1; }

usable() {
  local dir="$1"
  [ -x "$dir/pg_dump" ] && [ -x "$dir/pg_restore" ] && [ -x "$dir/psql" ] || return 1
  local major
  major="$(major_of "$dir/pg_dump")"
  [ -n "$major" ] && [ "$major" -ge "$MIN_MAJOR" ]
}

if [ -n "${PG_CLIENT_BIN:-}" ] && usable "$PG_CLIENT_BIN"; then echo "$PG_CLIENT_BIN"; exit 0; fi
if command -v pg_dump >/dev/null 2>&1 && usable "$(dirname "$(command -v pg_dump)")"; then
  dirname "$(command -v pg_dump)"; exit 0
fi
for dir in "$CACHE"/pg-client-*/bin; do
  if usable "$dir"; then echo "$dir"; exit 0; fi
done

# build from source: version and checksum from the index of Debian's source packages (sid carries PostgreSQL 18)
mkdir -p "$CACHE"
cd "$CACHE"
curl -sf -o Sources.xz "$ARCHIVE/dists/sid/main/source/Sources.xz"
entry="$(xz -dc Sources.xz | awk '/^Package: postgresql-18$/,/^$/')"
rm -f Sources.xz
tarball="$(echo "$entry" | grep -o 'postgresql-18_[0-9.]*\.orig\.tar\.bz2' | head -1)"
[ -n "$tarball" ] || { echo "No PostgreSQL 18 source in Debian's archive" >&2; exit 1; }
sha="$(echo "$entry" | awk '/^Checksums-Sha256:/{f=1;next} /^[^ ]/{f=0} f && $3=="'"$tarball"'" {print $1}')"
version="$(echo "$tarball" | sed -E 's/postgresql-18_([0-9.]+)\.orig.*/\1/')"
[ -f "$tarball" ] || curl -sf -o "$tarball" "$ARCHIVE/pool/main/p/postgresql-18/$tarball"
echo "$sha  $tarball" | sha256sum --check --quiet >&2
echo "Building pg_dump, pg_restore and psql $version (once) …" >&2
rm -rf "postgresql-$version"
tar -xjf "$tarball"
prefix="$CACHE/pg-client-$version"
(
  cd "postgresql-$version"
  ./configure --prefix="$prefix" --without-icu --without-readline --with-zlib >/dev/null
  for part in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do
    make -s -j"$(nproc)" -C "$part" >/dev/null
    make -s -C "$part" install >/dev/null
  done
) >&2
rm -rf "postgresql-$version"
usable "$prefix/bin" || { echo "The built tools do not work" >&2; exit 1; }
echo "$prefix/bin"
