#!/usr/bin/env bash
# Scale benchmark: uncached delivery reads against a site of 1,000 / 10,000 / 100,000 published articles.
# See bench/scale/README.md. Uses (drops and recreates) the database beacon_scale on the local PostgreSQL.
#
#   bench/scale/run.sh                                   # build, seed, measure every size
#   BEACON_BENCH_SKIP_BUILD=1 BENCH_SIZES="1000 10000" bench/scale/run.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
for tool in wrk psql python3 java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "scale: $tool not found (apt-get install wrk postgresql-client)" >&2; exit 2; }
done
if [[ "${BEACON_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    echo "[scale] building api (./mvnw -q -DskipTests package -pl api -am)" >&2
    (cd "$ROOT" && ./mvnw -q -DskipTests package -pl api -am)
fi
exec python3 "$HERE/measure.py"
