#!/usr/bin/env bash
# Webhook benchmark of a chat adapter (BENCH_ADAPTER=messenger, the default, or whatsapp): see bench/webhook/README.md.
# Everything it starts, it stops.
#   bench/webhook/run.sh                         build, then measure (BENCH_RATE events/s for BENCH_DURATION s)
#   BEACON_BENCH_SKIP_BUILD=1 bench/webhook/run.sh
set -euo pipefail
ADAPTER=${BENCH_ADAPTER:-messenger}
cd "$(dirname "$0")/../.."
if [ "${BEACON_BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests package -pl "api,channel-$ADAPTER" -am
fi
mkdir -p bench/out
CP="channel-kit/target/beacon-channel-kit-0.1.0-SNAPSHOT-tests.jar:channel-$ADAPTER/target/quarkus-app/lib/main/*"
# Single-file source launch: no build step of its own, the classes it uses come from the built jars.
java -cp "$CP" \
  -Dbeacon.test.api-jar=api/target/quarkus-app/quarkus-run.jar \
  -Dbeacon.test.work-dir=bench/out/api-under-test \
  -Dbench.adapter-jar="channel-$ADAPTER/target/quarkus-app/quarkus-run.jar" \
  -Dbench.out=bench/out \
  bench/webhook/WebhookBench.java
