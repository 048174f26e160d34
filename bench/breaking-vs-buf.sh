#!/usr/bin/env bash
# Whole-process comparison on the googleapis corpus (build/corpus.sh): `protoguard breaking` against `buf breaking`
# (npm @bufbuild/buf 1.75.0, build/buf.sh), category FILE, on the corpus (minus the files protoc or buf refuse,
# tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt) against a copy with 20 scripted breaking edits: 8 deleted
# fields, 6 renamed fields and 6 string fields turned into bytes, each in a different file. First it checks the
# verdicts: both tools must report exactly the expected changes (as (file, line, buf rule) sets: FIELD_NO_DELETE for a
# deletion, FIELD_SAME_NAME + FIELD_SAME_JSON_NAME for a rename, FIELD_SAME_TYPE for a type change). Then it times
# both, alternating runs, and prints every run, the medians and the ProtoGuard/buf ratios. Wall time and peak RSS
# come from /usr/bin/time (Debian package `time`). MB = 10^6 bytes.
# Usage: bench/breaking-vs-buf.sh [runs=3]
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$(bash "$repo/build/corpus.sh")
buf=$(bash "$repo/build/buf.sh")

work=$(mktemp -d /tmp/protoguard-breaking-vs-buf.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/before"
grep -v '^#' "$repo/tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt" | grep -v '^$' | while read -r path; do rm -f "$work/before/$path"; done
cp -r "$work/before" "$work/after"

# The 20 edits: deterministic (files in ordinal order), one per file, on plain single-line field declarations of the
# first top-level message; prints the expected (file, line, buf rule) set, with lines as in the edited file.
python3 - "$work/after" > "$work/expected.txt" <<'PY'
import os, re, sys
root = sys.argv[1]
field = re.compile(r'^(  )(optional |repeated )?([A-Za-z_][\w.]*) ([a-z][a-z0-9_]*) = (\d+);\s*$')
files = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith('.proto'))
plan = ['delete'] * 8 + ['rename'] * 6 + ['bytes'] * 6
expected, done = [], 0
for path in files:
    if done == len(plan) or not path.startswith('google/cloud/'):
        continue
    lines = open(os.path.join(root, path), encoding='utf-8').read().split('\n')
    start = next((i for i, l in enumerate(lines) if l.startswith('message ') and l.rstrip().endswith('{')), None)
    if start is None:
        continue
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith('}'))
    body = [(i, field.match(lines[i])) for i in range(start + 1, end)]
    fields = [(i, m) for i, m in body if m and '{' not in lines[i]]
    nested = any(lines[i].startswith('  message ') or lines[i].startswith('  oneof ') or lines[i].startswith('  enum ') for i in range(start + 1, end))
    if len(fields) < 2 or nested:
        continue
    action = plan[done]
    message_line = start + 1
    i, m = fields[-1]
    if action == 'delete':
        del lines[i]
        expected.append((path, message_line, 'FIELD_NO_DELETE'))
    elif action == 'rename':
        lines[i] = lines[i].replace(' ' + m.group(4) + ' = ', ' ' + m.group(4) + '_renamed = ', 1)
        expected += [(path, i + 1, 'FIELD_SAME_NAME'), (path, i + 1, 'FIELD_SAME_JSON_NAME')]
    else:
        strings = [(j, n) for j, n in fields if n.group(3) == 'string' and not n.group(2)]
        if not strings:
            continue
        j, n = strings[-1]
        lines[j] = lines[j].replace('  string ', '  bytes ', 1)
        expected.append((path, j + 1, 'FIELD_SAME_TYPE'))
    open(os.path.join(root, path), 'w', encoding='utf-8').write('\n'.join(lines))
    done += 1
assert done == len(plan), f'only {done} edits'
for row in sorted(expected):
    print(*row, sep='\t')
PY
echo "$(wc -l < "$work/expected.txt") expected findings from 20 edits"

dotnet build "$repo/src/ProtoGuard.Cli" -c Release --nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dll="$repo/src/ProtoGuard.Cli/bin/Release/net10.0/protoguard.dll"
protoguard=(dotnet "$dll" breaking . -I . --against ../before --category FILE --format json)
bufcmd=("$buf" breaking . --against ../before --error-format=json --config '{"version":"v2","breaking":{"use":["FILE"]}}')

# Verdicts: the same (file, line, buf rule) set from both, equal to the expected one.
dotnet "$dll" rules --format json > "$work/rules.json"
(cd "$work/after" && "${protoguard[@]}" > "$work/protoguard.json") || true
(cd "$work/after" && "${bufcmd[@]}" > "$work/buf.json") || true
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
buf_of = {r['id']: r.get('equivalents', {}).get('buf') for r in json.load(open(f'{work}/rules.json'))['rules']}
expected = {tuple(l.rstrip('\n').split('\t')) for l in open(f'{work}/expected.txt')}
expected = {(p, int(n), r) for p, n, r in expected}
pg = set()
for f in json.load(open(f'{work}/protoguard.json'))['findings']:
    pg.add((f['path'], int(f['line']), buf_of[f['ruleId']]))
bf = set()
for line in open(f'{work}/buf.json'):
    if line.strip():
        o = json.loads(line)
        bf.add((o['path'], int(o['start_line']), o['type']))
ok = True
for name, got in (('protoguard', pg), ('buf', bf)):
    missing, extra = sorted(expected - got), sorted(got - expected)
    print(f'{name:<11} {len(got)} findings; missing {len(missing)}, unexpected {len(extra)}')
    for row in missing[:10]: print('  missing   ', *row)
    for row in extra[:10]: print('  unexpected', *row)
    ok &= not missing and not extra
sys.exit(0 if ok else 1)
PY

measure() { # name, command...
  local name=$1
  shift
  (cd "$work/after" && /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1) || true
  read -r wall kb < <(tail -n 1 "$work/time")
  echo "$name $wall $kb" >> "$work/results"
  printf '%-11s wall %6.2f s  peak %6d MB\n' "$name" "$wall" $((kb * 1024 / 1000000))
}

for i in $(seq 1 "$runs"); do
  measure protoguard "${protoguard[@]}"
  measure buf "${bufcmd[@]}"
done

python3 - "$work/results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def med(name, i): return statistics.median(float(r[i]) for r in rows if r[0] == name)
pw, pm, bw, bm = med("protoguard", 1), med("protoguard", 2) * 1024 / 1e6, med("buf", 1), med("buf", 2) * 1024 / 1e6
print(f"median     protoguard {pw:.2f} s / {pm:.0f} MB   buf {bw:.2f} s / {bm:.0f} MB")
print(f"ratio      wall {pw / bw:.2f}x   peak memory {pm / bm:.2f}x")
PY
