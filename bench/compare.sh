#!/usr/bin/env bash
# Side-by-side, whole-process comparison on the same generated corpus, run in alternation:
#   docrules  `docrules check` with the built-in packs, published self-contained for this platform
#             (`dotnet publish -r RID --self-contained`: one composite ReadyToRun image, packs precompiled)
#   docrules-fdd  the same published framework-dependent (`dotnet publish -r RID`: ReadyToRun; 10 MB as files only)
#   docrules-jit  the same from `dotnet build` (IL, JIT-compiled; 10 MB as files only)
#   docrules-jsonl  docrules check --jsonl on the same 10 MB text as JSON lines (one line per file)
#   textlint  textlint 15.8 + textlint-rule-prh with bench/prh.yml (the packs' detections as regexes)
#   floor     bench/Floor: read + decode UTF-8 + one SearchValues<string> scan for the packs' literals
# Prints a table (median wall, median CPU, peak RSS, MB/s per tool, size and layout), the start-up
# and parallelism measurements, and ends with one line:
#   ratio_vs_textlint=X floor_fraction=Y      (docrules MB/s ÷ textlint MB/s, ÷ floor MB/s; 10 MB as files)
#
# Environment: ROUNDS (3), SIZES ("1 10 50"), LAYOUTS ("files single"), TOOLS ("docrules textlint floor"),
# TEXTLINT_SIZES (sizes textlint runs on; default: SIZES).
# Raw measurements: bench/out/compare/runs.tsv; tool outputs: bench/out/compare/logs/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
OUT="$BENCH/out/compare"
ROUNDS=${ROUNDS:-3}
SIZES=${SIZES:-"1 10 50"}
LAYOUTS=${LAYOUTS:-"files single"}
TOOLS=${TOOLS:-"docrules textlint floor"}
TEXTLINT_SIZES=${TEXTLINT_SIZES:-$SIZES}
REPORT_ONLY=${REPORT_ONLY:-0}   # 1: print the report from bench/out/compare/*.tsv without measuring
APPEND=${APPEND:-0}             # 1: add to runs.tsv instead of starting it afresh (re-measure one cell)
SKIP_STARTUP=${SKIP_STARTUP:-0}

log() { printf '[compare] %s\n' "$*" >&2; }

if [ "$REPORT_ONLY" != 1 ]; then
# --- tools ------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time (for peak RSS and CPU)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq time >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null; fi
fi
command -v node >/dev/null || { echo "compare.sh: node is required for textlint" >&2; exit 2; }

log "building (Release): docrules, floor, corpus generator"
for project in src/RulesSdk.Cli bench/Floor bench/CorpusGenerator; do
  dotnet build -c Release -v q -nologo "$ROOT/$project" >/dev/null
done
DOCRULES_JIT="$ROOT/src/RulesSdk.Cli/bin/Release/net10.0/docrules.dll"
rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
log "publishing docrules for $rid: self-contained (composite ReadyToRun) and framework-dependent (ReadyToRun)"
# Each publish starts from clean platform outputs: the SDK reuses ReadyToRun images across the two
# modes, and a framework-dependent tool built on composite images aborts at start.
clean_platform_outputs() { rm -rf "$ROOT"/src/*/obj/Release/net10.0/"$rid" "$ROOT"/src/*/bin/Release/net10.0/"$rid"; }
clean_platform_outputs
dotnet publish -c Release -v q -nologo "$ROOT/src/RulesSdk.Cli" -r "$rid" --self-contained true -o "$BENCH/out/docrules-sc" >/dev/null
clean_platform_outputs
dotnet publish -c Release -v q -nologo "$ROOT/src/RulesSdk.Cli" -r "$rid" --self-contained false -o "$BENCH/out/docrules-r2r" >/dev/null
clean_platform_outputs
DOCRULES="$BENCH/out/docrules-sc/docrules"
DOCRULES_FDD="$BENCH/out/docrules-r2r/docrules.dll"
FLOOR="$BENCH/Floor/bin/Release/net10.0/floor.dll"

if [ ! -x "$BENCH/node_modules/.bin/textlint" ]; then
  log "installing textlint and textlint-rule-prh (npm ci, pinned by bench/package-lock.json)"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
TEXTLINT="$BENCH/node_modules/textlint/bin/textlint.js"

log "generating the corpus (deterministic; skipped when up to date)"
# Every size measured, and the 1 MB corpus whatever SIZES says: the pack cache is warmed on its
# single file and the start-up stage runs on one of its small files.
# shellcheck disable=SC2086
CORPUS_SIZES=$(printf '%s\n' 1 $SIZES | sort -n -u | paste -s -d, -)
dotnet "$BENCH/CorpusGenerator/bin/Release/net10.0/corpusgen.dll" --out "$BENCH/out/corpus" --sizes "$CORPUS_SIZES" >&2

mkdir -p "$OUT/logs"
RUNS="$OUT/runs.tsv"
if [ "$APPEND" != 1 ] || [ ! -f "$RUNS" ]; then
  printf 'tool\tsize\tlayout\tround\twall_s\tcpu_s\trss_kb\texit\tbytes\n' > "$RUNS"
fi

# The compiled pack cache lives in its own folder; one run fills it, so every timed run is "cached".
export DOCRULES_CACHE="$BENCH/out/pack-cache-cli"
"$DOCRULES" check "$BENCH/out/corpus/1mb/single/corpus.txt" >/dev/null 2>&1 || true
dotnet "$DOCRULES_FDD" check "$BENCH/out/corpus/1mb/single/corpus.txt" >/dev/null 2>&1 || true
dotnet "$DOCRULES_JIT" check "$BENCH/out/corpus/1mb/single/corpus.txt" >/dev/null 2>&1 || true

# run TOOL SIZE LAYOUT ROUND DIR TARGET [extra args...]: one timed run, appended to runs.tsv.
# Every tool runs from inside the corpus folder on "." (or the single file): the corpus lives in a
# git-ignored folder, and docrules, like git, skips ignored files below its workspace root.
measure() {
  local tool=$1 size=$2 layout=$3 round=$4 dir=$5 target=$6; shift 6
  local timefile="$OUT/time.txt" logfile="$OUT/logs/$tool-${size}mb-$layout.txt"
  local -a cmd
  case $tool in
    # bench/docrules.bench.json only raises maxFileSize (10 MiB by default) so the 50 MB single file is read.
    docrules-jit) cmd=(dotnet "$DOCRULES_JIT" check "$target" --config "$BENCH/docrules.bench.json" "$@") ;;
    docrules-fdd) cmd=(dotnet "$DOCRULES_FDD" check "$target" --config "$BENCH/docrules.bench.json" "$@") ;;
    # The same text as JSON lines on standard input (one line per file; see the jsonl block below).
    docrules-jsonl) cmd=(sh -c 'exec "$0" check --jsonl --config "$1" < "$2"' "$DOCRULES" "$BENCH/docrules.bench.json" "$JSONL") ;;
    docrules*) cmd=("$DOCRULES" check "$target" --config "$BENCH/docrules.bench.json" "$@") ;;
    textlint) cmd=(node "$TEXTLINT" --config "$BENCH/.textlintrc.json" --format compact "$target") ;;
    floor) cmd=(dotnet "$FLOOR" "$target" --literals "$BENCH/Floor/literals.txt") ;;
  esac
  set +e
  (cd "$dir" && /usr/bin/time -v -o "$timefile" "${cmd[@]}" >"$logfile" 2>&1)
  set -e
  local bytes
  bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  awk -v tool="$tool" -v size="$size" -v layout="$layout" -v round="$round" -v bytes="$bytes" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time \(seconds\)/ { user = $NF }
    /System time \(seconds\)/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    /Exit status/ { code = $NF }
    END { printf "%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t%d\t%d\n", tool, size, layout, round, wall, user + sys, rss, code, bytes }
  ' "$timefile" >> "$RUNS"
  tail -n 1 "$RUNS" | awk -F'\t' '{ printf "[compare] %-14s %3s MB %-6s round %s: %7.2f s wall, %7.2f s CPU, %6.0f MB RSS, exit %s\n", $1, $2, $3, $4, $5, $6, $7/1024, $8 }' >&2
}

corpus_dir() { # SIZE LAYOUT -> folder to run in, target
  local dir="$BENCH/out/corpus/${1}mb"
  if [ "$2" = single ]; then echo "$dir/single corpus.txt"; else echo "$dir/files ."; fi
}

# --- throughput: tools in alternation, ROUNDS times ------------------------------------------
for round in $(seq 1 "$ROUNDS"); do
  for size in $SIZES; do
    for layout in $LAYOUTS; do
      read -r dir target < <(corpus_dir "$size" "$layout")
      for tool in $TOOLS; do
        if [ "$tool" = textlint ] && ! [[ " $TEXTLINT_SIZES " == *" $size "* ]]; then continue; fi
        measure "$tool" "$size" "$layout" "$round" "$dir" "$target"
      done
      if [ "$size" = 10 ] && [ "$layout" = files ] && [[ " $TOOLS " == *" docrules "* ]]; then
        measure docrules-fdd "$size" "$layout" "$round" "$dir" "$target"
        measure docrules-jit "$size" "$layout" "$round" "$dir" "$target"
      fi
    done
  done
done

# --- parallelism: --parallelism 1 against the default, 10 MB as files ------------------------
if [[ " $SIZES " == *" 10 "* ]]; then
  read -r dir target < <(corpus_dir 10 files)
  for round in $(seq 1 "$ROUNDS"); do
    measure "docrules-p1" 10 files "$round" "$dir" "$target" --parallelism 1
  done
fi

# --- jsonl: the 10 MB files corpus as JSON lines (one {"id","text","path"} per file), same text ----
# Its bytes column is the files' text, so MB/s and MB/CPU-s compare with the files row directly.
if [[ " $SIZES " == *" 10 "* ]] && [[ " $TOOLS " == *" docrules "* ]]; then
  read -r dir target < <(corpus_dir 10 files)
  JSONL="$BENCH/out/corpus/10mb/corpus.jsonl"
  if [ ! -s "$JSONL" ] || [ "$BENCH/out/corpus/10mb/manifest.json" -nt "$JSONL" ]; then
    python3 -c 'import json, os, sys
root = sys.argv[1]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(n for n in names if n.endswith((".txt", ".md"))):
            path = os.path.relpath(os.path.join(folder, name), root)
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            out.write(json.dumps({"id": path, "text": text, "path": path}, ensure_ascii=False) + "\n")' "$dir" "$JSONL"
  fi
  for round in $(seq 1 "$ROUNDS"); do
    measure docrules-jsonl 10 files "$round" "$dir" "$target"
  done
fi

if [ "$SKIP_STARTUP" != 1 ]; then
# --- start-up: one small file, cached pack; and the bare runtime start ------------------------
small_dir="$BENCH/out/corpus/1mb/files/000"
small=$(cd "$small_dir" && ls | head -n 1)
startup() { # LABEL COMMAND... (the tool: an executable, or dotnet and a dll)
  local label=$1; shift
  for round in $(seq 1 5); do
    set +e
    (cd "$small_dir" && /usr/bin/time -f '%e %U %S %M' -o "$OUT/startup.txt" "$@" check "$small" >/dev/null 2>&1)
    set -e
    awk -v label="$label" 'END { printf "%s\t%s\t%.3f\t%d\n", label, $1, $2 + $3, $4 }' "$OUT/startup.txt"
  done
}
{
  startup "docrules check 1 file (self-contained)" "$DOCRULES"
  startup "docrules check 1 file (framework-dep.)" dotnet "$DOCRULES_FDD"
  startup "docrules check 1 file (JIT build)" dotnet "$DOCRULES_JIT"
  for round in $(seq 1 5); do
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/startup.txt" "$DOCRULES" --version >/dev/null 2>&1
    awk 'END { printf "docrules --version (self-contained)\t%s\t%.3f\t%d\n", $1, $2 + $3, $4 }' "$OUT/startup.txt"
  done
} > "$OUT/startup.tsv"
fi
fi # REPORT_ONLY
RUNS="$OUT/runs.tsv"

# --- report -----------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

echo
echo "Throughput (median of $ROUNDS runs; CPU = user + system; MB = 10^6 bytes)"
printf '%-12s %6s %-7s %10s %10s %10s %10s %10s %8s\n' tool size layout "wall s" "CPU s" "RSS MB" "MB/s" "MB/CPU-s" "CPU/wall"
declare -A MBPS CPUMBPS
for size in $SIZES; do
  for layout in $LAYOUTS; do
    for tool in $TOOLS docrules-fdd docrules-jit docrules-p1 docrules-jsonl; do
      rows=$(awk -F'\t' -v t="$tool" -v s="$size" -v l="$layout" 'NR > 1 && $1 == t && $2 == s && $3 == l' "$RUNS")
      [ -z "$rows" ] && continue
      wall=$(cut -f5 <<<"$rows" | median)
      cpu=$(cut -f6 <<<"$rows" | median)
      rss=$(cut -f7 <<<"$rows" | sort -n | tail -n 1)
      bytes=$(cut -f9 <<<"$rows" | head -n 1)
      mbps=$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.2f", (w > 0) ? b / 1e6 / w : 0 }')
      cpumbps=$(awk -v b="$bytes" -v c="$cpu" 'BEGIN { printf "%.2f", (c > 0) ? b / 1e6 / c : 0 }')
      MBPS["$tool/$size/$layout"]=$mbps
      CPUMBPS["$tool/$size/$layout"]=$cpumbps
      printf '%-12s %4s MB %-7s %10.2f %10.2f %10.0f %10.2f %10.2f %8.2f\n' "$tool" "$size" "$layout" "$wall" "$cpu" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')" "$mbps" "$cpumbps" "$(awk -v c="$cpu" -v w="$wall" 'BEGIN { printf "%.2f", (w > 0) ? c / w : 0 }')"
    done
  done
done

# SKIP_STARTUP=1 on a fresh output folder leaves no start-up measurements to report.
if [ -f "$OUT/startup.tsv" ]; then
echo
echo "Start-up (median of 5; one 5 KB file, built-in packs)"
printf '%-40s %8s %8s %8s\n' what "wall s" "CPU s" "RSS MB"
cut -f1 "$OUT/startup.tsv" | awk '!seen[$0]++' | while read -r label; do
  rows=$(awk -F'\t' -v l="$label" '$1 == l && $2 != "Command"' "$OUT/startup.tsv")
  printf '%-40s %8.2f %8.2f %8.0f\n' "$label" "$(cut -f2 <<<"$rows" | median)" "$(cut -f3 <<<"$rows" | median)" "$(cut -f4 <<<"$rows" | sort -n | tail -n 1 | awk '{ print $1 / 1024 }')"
done
fi

if [ -n "${MBPS[docrules-p1/10/files]:-}" ] && [ -n "${MBPS[docrules/10/files]:-}" ]; then
  echo
  echo "Parallelism (10 MB as files): default $(nproc) cores vs --parallelism 1: speed-up $(awk -v a="${MBPS[docrules/10/files]}" -v b="${MBPS[docrules-p1/10/files]}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')x"
fi

echo
# The same ratios per CPU-second: steadier than wall time when the machine is shared.
cd_=${CPUMBPS[docrules/10/files]:-0}; ct_=${CPUMBPS[textlint/10/files]:-0}; cf_=${CPUMBPS[floor/10/files]:-0}
echo "per CPU-second: ratio_vs_textlint_cpu=$(awk -v d="$cd_" -v t="$ct_" 'BEGIN { if (t > 0) printf "%.2f", d / t; else print "nan" }') floor_fraction_cpu=$(awk -v d="$cd_" -v f="$cf_" 'BEGIN { if (f > 0) printf "%.3f", d / f; else print "nan" }')"
d=${MBPS[docrules/10/files]:-0}
t=${MBPS[textlint/10/files]:-0}
f=${MBPS[floor/10/files]:-0}
echo "ratio_vs_textlint=$(awk -v d="$d" -v t="$t" 'BEGIN { if (t > 0) printf "%.2f", d / t; else print "nan" }') floor_fraction=$(awk -v d="$d" -v f="$f" 'BEGIN { if (f > 0) printf "%.3f", d / f; else print "nan" }')"
