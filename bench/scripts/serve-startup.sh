#!/usr/bin/env bash
# Seconds from `profstd serve` to its first search answer on an existing registry and index (a restart), e.g. one
# kept by `SearchBench --keep DIR`:   bench/scripts/serve-startup.sh DIR/synthetic-100000 [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$1"
port="${2:-18080}"
jar=cli/target/profstd.jar
[ -f "$jar" ] || mvn -q -B -DskipTests -pl cli -am package
start=$(date +%s%N)
java -jar "$jar" serve --data "$data" --port "$port" > /tmp/profstd-serve-startup.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  if curl -sf "http://127.0.0.1:$port/api/v1/search?q=%D1%81%D0%B5%D1%80%D0%B2%D0%B5%D1%80" > /dev/null 2>&1; then
    end=$(date +%s%N)
    awk -v ms=$(( (end - start) / 1000000 )) 'BEGIN {printf "first search answer after %.1f s\n", ms / 1000}'
    exit 0
  fi
  sleep 0.1
done
echo "no answer within 60 s; the server said:" >&2
cat /tmp/profstd-serve-startup.log >&2
exit 1
