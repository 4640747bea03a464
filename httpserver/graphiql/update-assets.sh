#!/usr/bin/env bash
# Re-fetches the third-party GraphiQL UI assets that this package embeds
# (go:embed) from the npm registry, using only `npm pack`, so the binary never
# needs a CDN.
#
#   ./update-assets.sh           fetch the pinned versions into assets/ and
#                                rewrite assets/VERSIONS
#   ./update-assets.sh --check   fetch into a temp dir and fail if the files in
#                                assets/ differ from the pinned npm tarballs
#
# To upgrade: change a version below, set its *_INTEGRITY to the value printed
# by `npm view <pkg>@<version> dist.integrity`, run this script, then run
# `go test ./httpserver/graphiql/` and look at the page in a browser.
#
# Only assets/init.js and assets/page.css are ours; every other file in
# assets/ comes from the tarballs below, byte for byte.
set -euo pipefail

GRAPHIQL_VERSION=3.9.0
GRAPHIQL_INTEGRITY=sha512-rJYFlHdBbug9+YbFSwRVvgfPjCayC7wHecZkx/qB4XLuQPFQZw/yB9pmHFtOJV6RiNBBHro3u1GdocKa3YcGRA==
REACT_VERSION=18.3.1
REACT_INTEGRITY=sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==
REACT_DOM_VERSION=18.3.1
REACT_DOM_INTEGRITY=sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw==

# package | version | integrity | file inside the tarball | name in assets/
FILES=(
  "graphiql|$GRAPHIQL_VERSION|$GRAPHIQL_INTEGRITY|package/graphiql.min.js|graphiql.min.js"
  "graphiql|$GRAPHIQL_VERSION|$GRAPHIQL_INTEGRITY|package/graphiql.min.css|graphiql.min.css"
  "graphiql|$GRAPHIQL_VERSION|$GRAPHIQL_INTEGRITY|package/LICENSE|LICENSE.graphiql"
  "react|$REACT_VERSION|$REACT_INTEGRITY|package/umd/react.production.min.js|react.production.min.js"
  "react|$REACT_VERSION|$REACT_INTEGRITY|package/LICENSE|LICENSE.react"
  "react-dom|$REACT_DOM_VERSION|$REACT_DOM_INTEGRITY|package/umd/react-dom.production.min.js|react-dom.production.min.js"
  "react-dom|$REACT_DOM_VERSION|$REACT_DOM_INTEGRITY|package/LICENSE|LICENSE.react-dom"
)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
assets="$here/assets"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# npm pack each pinned tarball once and check its integrity against the pin.
declare -A packed
for row in "${FILES[@]}"; do
  IFS='|' read -r pkg ver integrity _ _ <<<"$row"
  key="$pkg@$ver"
  [[ -n "${packed[$key]:-}" ]] && continue
  mkdir -p "$tmp/$pkg"
  (cd "$tmp/$pkg" && npm pack --silent --json "$key" >pack.json)
  got="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))[0].integrity)' "$tmp/$pkg/pack.json")"
  if [[ "$got" != "$integrity" ]]; then
    echo "integrity mismatch for $key: pinned $integrity, npm gave $got" >&2
    exit 1
  fi
  tar -xzf "$tmp/$pkg/"*.tgz -C "$tmp/$pkg"
  packed[$key]=1
done

out="$assets"
if (( check )); then out="$tmp/out"; fi
mkdir -p "$out"

manifest="$out/VERSIONS"
{
  echo "# Third-party files in this directory, fetched by ../update-assets.sh with npm pack."
  echo "# Do not edit by hand. Format: file package@version sha256 (tarball integrity)"
} >"$manifest"
for row in "${FILES[@]}"; do
  IFS='|' read -r pkg ver integrity src dst <<<"$row"
  cp "$tmp/$pkg/$src" "$out/$dst"
  sum="$(sha256sum "$out/$dst" | cut -d' ' -f1)"
  echo "$dst $pkg@$ver sha256:$sum ($integrity)" >>"$manifest"
done

if (( check )); then
  status=0
  for row in "${FILES[@]}"; do
    IFS='|' read -r _ _ _ _ dst <<<"$row"
    if ! cmp -s "$out/$dst" "$assets/$dst"; then
      echo "differs from npm: assets/$dst" >&2
      status=1
    fi
  done
  if ! cmp -s "$manifest" "$assets/VERSIONS"; then
    echo "differs: assets/VERSIONS" >&2
    status=1
  fi
  if (( status == 0 )); then echo "assets/ matches the pinned npm packages"; fi
  exit "$status"
fi

echo "updated $assets:"
grep -v '^#' "$manifest" | while read -r f rest; do
  printf '  %-28s %9d bytes  %s\n' "$f" "$(wc -c <"$assets/$f")" "${rest%% *}"
done
