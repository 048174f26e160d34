#!/usr/bin/env bash
# Fetches the real-world .proto corpus (googleapis, npm google-proto-files@6.0.1: 7,243 files) into
# .cache/corpus/ once, and prints the directory that holds google/, grafeas/ ... (the import root).
# Idempotent and safe to run concurrently; tests and benchmarks call it. Needs npm and the npm registry.
set -euo pipefail
version=6.0.1
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target="$repo/.cache/corpus/google-proto-files-$version"
if [ ! -f "$target/.complete" ]; then
  mkdir -p "$repo/.cache/corpus"
  staging=$(mktemp -d "$repo/.cache/corpus/.staging.XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  (cd "$staging" && npm pack --silent "google-proto-files@$version" > /dev/null)
  tar -xzf "$staging/google-proto-files-$version.tgz" -C "$staging"
  count=$(find "$staging/package" -name '*.proto' | wc -l)
  if [ "$count" -ne 7243 ]; then
    echo "corpus.sh: expected 7243 .proto files in google-proto-files@$version, found $count" >&2
    exit 1
  fi
  touch "$staging/package/.complete"
  rm -rf "$target"
  mv "$staging/package" "$target" 2>/dev/null || true
fi
echo "$target"
