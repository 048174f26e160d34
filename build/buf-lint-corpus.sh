#!/usr/bin/env bash
# Refreshes the cached answer of buf 1.75.0 (npm @bufbuild/buf) over the googleapis corpus (build/corpus.sh), which
# tests/ProtoGuard.Rules.Tests/BufDifferentialTests compares ProtoGuard's buf-equivalent rules with. CI never runs
# buf: it reads the committed files. Needs npm, the npm registry, ~5 GB of memory and a minute.
#   bash build/buf-lint-corpus.sh
# Writes tests/ProtoGuard.Rules.Tests/testdata/buf/{standard,comments_unary}.txt.gz: one "path:line:column:RULE"
# per finding, sorted, deduplicated.
set -euo pipefail
version=1.75.0
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$(bash "$repo/build/corpus.sh")
tool="$repo/.cache/buf-$version"
if [ ! -x "$tool/node_modules/.bin/buf" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm install --silent --no-save "@bufbuild/buf@$version" > /dev/null)
fi
buf="$tool/node_modules/.bin/buf"
out="$repo/tests/ProtoGuard.Rules.Tests/testdata/buf"
mkdir -p "$out"
excludes=()
while read -r path; do
  case "$path" in ''|'#'*) continue ;; esac
  excludes+=(--exclude-path "$path")
done < "$out/excluded.txt"

run() { # name, categories (JSON array)
  local raw
  raw=$(mktemp)
  set +e
  (cd "$corpus" && "$buf" lint . --error-format=json --config "{\"version\":\"v2\",\"lint\":{\"use\":$2}}" "${excludes[@]}" > "$raw")
  local code=$?
  set -e
  if [ $code -ne 0 ] && [ $code -ne 100 ]; then
    echo "buf lint failed with exit code $code" >&2
    exit 1
  fi
  python3 - "$raw" <<'PY' | LC_ALL=C sort -u | gzip -9n > "$out/$1.txt.gz"
import json, sys
for line in open(sys.argv[1]):
    finding = json.loads(line)
    print(f"{finding['path']}:{finding['start_line']}:{finding['start_column']}:{finding['type']}")
PY
  rm -f "$raw"
  echo "$1: $(gzip -dc "$out/$1.txt.gz" | wc -l) findings"
}
run standard '["STANDARD"]'
run comments_unary '["COMMENTS","UNARY_RPC"]'
