#!/usr/bin/env bash
# Installs the buf CLI (npm @bufbuild/buf, pinned) into .cache/buf once and prints the path of the binary.
# Idempotent and safe to run concurrently. Needs npm and the npm registry.
set -euo pipefail
version=1.75.0
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target="$repo/.cache/buf/$version"
if [ ! -f "$target/.complete" ]; then
  mkdir -p "$repo/.cache/buf"
  staging=$(mktemp -d "$repo/.cache/buf/.staging.XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  (cd "$staging" && npm install --silent --no-save --no-package-lock "@bufbuild/buf@$version" > /dev/null)
  "$staging/node_modules/.bin/buf" --version | grep -qx "$version"
  touch "$staging/.complete"
  rm -rf "$target"
  mv "$staging" "$target" 2>/dev/null || true
fi
echo "$target/node_modules/.bin/buf"
