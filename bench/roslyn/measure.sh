#!/usr/bin/env bash
# Build-time cost of RulesSdk.Roslyn on a generated class library with N Markdown files (default 200).
# Builds src/RulesSdk.Roslyn and src/RulesSdk.Cli first, then, in a temp folder, times with the compiler
# server as users have it:
#   off      : dotnet build --no-incremental with DocRulesEnabled=false (the baseline compile)
#   first    : the same with the analyzer on, first time in this compiler server (engine starts, every document analysed)
#   warm     : again, nothing changed (every result from the server's cache; the engine is not asked)
#   one-md   : one document edited, incremental build (one document sent to the running engine)
#   one-cs-off: one .cs file edited with the analyzer off, the baseline of an incremental compile
# Each timing is the median of RUNS runs (default 3). Usage: bench/roslyn/measure.sh [N] [RUNS]
set -euo pipefail
count=${1:-200}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "${KEEP:-}" ] && trap - EXIT && echo "work folder: $work"

dotnet build "$repo/src/RulesSdk.Roslyn" -nologo -v q >/dev/null
dotnet build "$repo/src/RulesSdk.Cli" -nologo -v q >/dev/null

cat > "$work/Directory.Build.props" <<PROPS
<Project>
  <PropertyGroup>
    <DocRulesEnginePath>$repo/src/RulesSdk.Cli/bin/Debug/net10.0/docrules.dll</DocRulesEnginePath>
  </PropertyGroup>
  <Import Project="$repo/src/RulesSdk.Roslyn/build/RulesSdk.Roslyn.props" />
  <ItemGroup>
    <Analyzer Include="$repo/src/RulesSdk.Roslyn/bin/Debug/netstandard2.0/RulesSdk.Roslyn.dll" />
  </ItemGroup>
</Project>
PROPS
cat > "$work/Directory.Build.targets" <<TARGETS
<Project>
  <Import Project="$repo/src/RulesSdk.Roslyn/build/RulesSdk.Roslyn.targets" />
</Project>
TARGETS
cat > "$work/Bench.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><NoWarn>$(NoWarn);NF0001;NF0002;NF0003;NF0004;NF0005;NF0006;NF0007;NF0008;NF0009;NF0010;NF0012;NE0001;NE0002;NE0003;NE0004;NE0005;NE0006;NE0007;NE0008;NE0009;NE0010;NE0012</NoWarn></PropertyGroup>
</Project>
PROJ
echo 'namespace Bench; public static class C { public static int X => 1; }' > "$work/C.cs"
mkdir -p "$work/docs"
sources=("$repo"/samples/fr/* "$repo"/samples/en/*)
for i in $(seq 1 "$count"); do
  src=${sources[$(( i % ${#sources[@]} ))]}
  { cat "$src"; printf '\n\nDocument %d.\n' "$i"; } > "$work/docs/doc$i.md"
done
bytes=$(cat "$work"/docs/*.md | wc -c)
echo "$count documents, $bytes bytes"

cd "$work"
dotnet restore -nologo -v q >/dev/null

time_build() { # prints seconds of one build
  local start end
  start=$(date +%s.%N)
  dotnet build --no-restore -nologo -v q "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

off=$(for _ in $(seq "$runs"); do time_build --no-incremental -p:DocRulesEnabled=false; done | median)
first=$(time_build --no-incremental)
warm=$(for _ in $(seq "$runs"); do time_build --no-incremental; done | median)
onemd=$(for r in $(seq "$runs"); do printf '\nEdit %d.\n' "$r" >> docs/doc1.md; time_build; done | median)
onecs=$(for r in $(seq "$runs"); do echo "// edit $r" >> C.cs; time_build -p:DocRulesEnabled=false; done | median)
printf 'off %.2f s | first %.2f s | warm %.2f s | one-md %.2f s | one-cs-off %.2f s\n' "$off" "$first" "$warm" "$onemd" "$onecs"
printf 'added: first %+.2f s, warm %+.2f s, one document edited %+.2f s (vs one .cs edited without the analyzer)\n' \
  "$(echo "$first - $off" | bc)" "$(echo "$warm - $off" | bc)" "$(echo "$onemd - $onecs" | bc)"
