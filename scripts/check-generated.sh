#!/usr/bin/env bash
# Fails when gqlgen's output is stale: regenerates into the tree, compares with what was there,
# and puts the original back either way so a dirty tree is never silently rewritten.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(graph/generated.go graph/model/models_gen.go graph/schema.resolvers.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do mkdir -p "$tmp/$(dirname "$f")"; cp "$f" "$tmp/$f"; done
go generate ./graph/... >/dev/null
stale=()
for f in "${files[@]}"; do
  cmp -s "$f" "$tmp/$f" || stale+=("$f")
  cp "$tmp/$f" "$f"
done
if [ ${#stale[@]} -gt 0 ]; then
  echo "generated code is stale: ${stale[*]}"
  echo "run 'make generate' and commit the result"
  exit 1
fi
echo "generated code is up to date"
