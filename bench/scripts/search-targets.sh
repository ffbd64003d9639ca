#!/usr/bin/env bash
# Every figure the search issue sets a target for, in one run (give the machine to it: nothing else running):
# the search and match engines side by side on the corpus and on synthetic registries, a server's restart on the
# largest kept registry, whole command-line runs, and the labelled queries one by one on the largest index.
#
#   bench/scripts/search-targets.sh [KEEP_DIR] [CARDS]     (defaults: /tmp/profstd-keep, 10000,100000)
#
# The output of each step goes to standard output; KEEP_DIR keeps each synthetic registry with its index.
set -euo pipefail
cd "$(dirname "$0")/../.."
keep="${1:-/tmp/profstd-keep}"
cards="${2:-10000,100000}"
largest="${cards##*,}"
rm -rf "$keep"
mvn -q -B package -pl bench,cli -am -DskipTests
echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dprofstd.corpus="${PROFSTD_CORPUS:-../shared/corpus}" -cp bench/target/benchmarks.jar org.profstd.bench.SearchBench \
     --cards "$cards" --seconds 5 --keep "$keep"
echo "== server restart on $largest cards"
bench/scripts/serve-startup.sh "$keep/synthetic-$largest"
echo "== command-line runs on the corpus registry"
bench/scripts/cli-timing.sh 7
echo "== labelled queries one by one on $largest cards"
java -cp bench/target/benchmarks.jar org.profstd.bench.KeptIndexLatency "$keep/synthetic-$largest/index" 10
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
