#!/usr/bin/env bash
# Wall time of whole command-line runs on the corpus registry: list, search, match and gap through the `profstd`
# launcher, as a user runs them, each run N times after one untimed run (which writes the command's class-data archive
# and builds the index; nothing else carries over: every run is a new JVM and joins or starts PostgreSQL as a user's
# command does). Prints the median and the ratio of each command to list.
#
#   bench/scripts/cli-timing.sh [RUNS]        (from the repository root; the jar is built when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
jar=cli/target/profstd.jar
./profstd --version > /dev/null   # builds the jar when it is missing or stale
corpus="${PROFSTD_CORPUS:-../shared/corpus}"
data="$(mktemp -d)/data"
cv=search/src/test/resources/relevance/texts/sysadmin.txt
java -jar "$jar" ingest --data "$data" "$corpus" > /dev/null
card="$(java -jar "$jar" match "$cv" --data "$data" --format json --limit 1 | tr -d ' \n' \
  | grep -o '"card":{"id":"[^"]*"' | head -1 | sed 's/.*"id":"//; s/"$//')"
[ -n "$card" ] || { echo "cli-timing: match found no card for $cv" >&2; exit 1; }

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

run() { ./profstd "$@" --data "$data"; }
# first runs: the index built, each command's class-data archive written
run list > /dev/null; run search "сервер" > /dev/null; run match "$cv" > /dev/null; run gap "$cv" --card "$card" > /dev/null
list=$(median_ms run list)
printf '%-8s %8s %6s\n' command "ms" "x list"
printf '%-8s %8d %6.2f\n' list "$list" 1
for cmd in search match gap; do
  case $cmd in
    search) t=$(median_ms run search "администрирование серверов") ;;
    match) t=$(median_ms run match "$cv") ;;
    gap) t=$(median_ms run gap "$cv" --card "$card") ;;
  esac
  printf '%-8s %8d %6.2f\n' "$cmd" "$t" "$(awk -v a="$t" -v b="$list" 'BEGIN {print a / b}')"
done
echo "median of $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
