#!/usr/bin/env bash
# Refreshes the cached buf answers of the breaking-change conformance suite: for every case directory under
# tests/ProtoGuard.Rules.Tests/testdata/breaking (before/ and after/ trees of .proto files) and every category
# (FILE, PACKAGE, WIRE_JSON, WIRE), runs `buf breaking . --against ../before` in after/ and writes the findings
# to <case>/buf.json. The tests compare ProtoGuard with these files, so CI needs no buf; run this after adding
# or changing a case (needs npm: build/buf.sh installs buf 1.75.0). Usage: build/buf-breaking-cache.sh [case-name...]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
buf=$("$repo/build/buf.sh")
root="$repo/tests/ProtoGuard.Rules.Tests/testdata/breaking"
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  mapfile -t cases < <(cd "$root" && ls -d */ | tr -d /)
fi
for name in "${cases[@]}"; do
  dir="$root/$name"
  out=$(mktemp -d)
  for category in FILE PACKAGE WIRE_JSON WIRE; do
    set +e
    (cd "$dir/after" && "$buf" breaking . --against ../before --error-format=json \
      --config "{\"version\":\"v2\",\"breaking\":{\"use\":[\"$category\"]}}") > "$out/$category.jsonl" 2> "$out/$category.err"
    echo $? > "$out/$category.rc"
    set -e
  done
  node - "$out" "$dir/buf.json" "$buf" <<'JS'
const fs = require('fs');
const [out, target, buf] = process.argv.slice(2);
const result = { buf: '1.75.0', categories: {} };
for (const category of ['FILE', 'PACKAGE', 'WIRE_JSON', 'WIRE']) {
  const rc = Number(fs.readFileSync(`${out}/${category}.rc`, 'utf8'));
  if (rc !== 0 && rc !== 100) {
    throw new Error(`${target}: buf failed for ${category} (exit ${rc}): ${fs.readFileSync(`${out}/${category}.err`, 'utf8')}`);
  }
  const findings = fs.readFileSync(`${out}/${category}.jsonl`, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l))
    .map(f => ({ rule: f.type, path: f.path ?? null, line: f.start_line ?? null, message: f.message }))
    .sort((a, b) => (a.rule + (a.path ?? '') + String(a.line).padStart(6) + a.message).localeCompare(b.rule + (b.path ?? '') + String(b.line).padStart(6) + b.message));
  result.categories[category] = findings;
}
fs.writeFileSync(target, JSON.stringify(result, null, 2) + '\n');
JS
  rm -rf "$out"
done
echo "buf-breaking-cache: ${#cases[@]} case(s) refreshed"
