#!/usr/bin/env bash
# Starts a local Keycloak for Beacon development, with the realms in this folder (beacon, other).
# DEV ONLY: start-dev mode, plain HTTP on 127.0.0.1, dev-only secrets and passwords.
#
#   dev/keycloak/start.sh            # keeps the dev database between runs
#   dev/keycloak/start.sh --fresh    # wipes it first, so the realm files are imported anew
#
# Uses the Keycloak distribution that the Maven build unpacks into api/target/keycloak
# (`./mvnw -pl api dependency:unpack@unpack-keycloak`, or any `./mvnw test`) and a JDK >= 21.
#
# Environment (all optional):
#   BEACON_KEYCLOAK_PORT             HTTP port (default 8180)
#   BEACON_KEYCLOAK_MANAGEMENT_PORT  management/health port (default 9180)
#   BEACON_KEYCLOAK_JAVA_HOME        JDK >= 21 to use (else JAVA_HOME if >= 21, else /usr/lib/jvm/* ...)
#   BEACON_KEYCLOAK_DIST             unpacked keycloak-<version> folder
#   BEACON_KEYCLOAK_DATA             folder of the dev database (default api/target/keycloak/dev-data)
set -euo pipefail

MIN_JAVA=21
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
# The one place the version is written is the parent POM's keycloak.version.
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
DIST="${BEACON_KEYCLOAK_DIST:-$ROOT/api/target/keycloak/keycloak-$KC_VERSION}"
DATA="${BEACON_KEYCLOAK_DATA:-$ROOT/api/target/keycloak/dev-data}"
PORT="${BEACON_KEYCLOAK_PORT:-8180}"
MGMT_PORT="${BEACON_KEYCLOAK_MANAGEMENT_PORT:-9180}"

FRESH=false
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=true ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

die() { echo "start.sh: $*" >&2; exit 1; }

# ---- the distribution
if [ ! -x "$DIST/bin/kc.sh" ]; then
  die "Keycloak $KC_VERSION not found at $DIST.
Unpack it with the Maven build first, from $ROOT:
  ./mvnw -pl api dependency:unpack@unpack-keycloak      (or any ./mvnw test)"
fi

# ---- a JDK >= 21 (Keycloak does not run on 17)
java_major() { # prints the major version from <home>/release, or -1
  local home="$1" v
  if [ ! -f "$home/release" ] || [ ! -x "$home/bin/java" ]; then echo -1; return; fi
  v="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}.*$/\1/p' "$home/release" | head -n 1)"
  case "$v" in 1.*) v="${v#1.}" ;; esac
  v="${v%%[!0-9]*}"
  echo "${v:--1}"
}

find_java_home() {
  local searched=() home v best="" best_v=9999
  if [ -n "${BEACON_KEYCLOAK_JAVA_HOME:-}" ]; then
    v="$(java_major "$BEACON_KEYCLOAK_JAVA_HOME")"
    [ "$v" -ge "$MIN_JAVA" ] || die "BEACON_KEYCLOAK_JAVA_HOME=$BEACON_KEYCLOAK_JAVA_HOME is not a JDK >= $MIN_JAVA (version $v)"
    echo "$BEACON_KEYCLOAK_JAVA_HOME"; return
  fi
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge "$MIN_JAVA" ]; then
    echo "$JAVA_HOME"; return
  fi
  searched+=("JAVA_HOME=${JAVA_HOME:-<unset>}")
  if [ -x /usr/libexec/java_home ] && home="$(/usr/libexec/java_home -v "$MIN_JAVA+" 2>/dev/null)"; then
    echo "$home"; return   # macOS
  fi
  for root in /usr/lib/jvm /usr/java /opt/java /opt "$HOME/.sdkman/candidates/java" "$HOME/.jdks" /Library/Java/JavaVirtualMachines; do
    [ -d "$root" ] || continue
    searched+=("$root/*")
    for home in "$root"/*/ "$root"/*/Contents/Home/; do
      home="${home%/}"
      [ -d "$home" ] || continue
      v="$(java_major "$home")"
      if [ "$v" -ge "$MIN_JAVA" ] && [ "$v" -lt "$best_v" ]; then best="$home"; best_v="$v"; fi
    done
  done
  [ -n "$best" ] || die "Keycloak $KC_VERSION needs Java $MIN_JAVA+, none found (searched BEACON_KEYCLOAK_JAVA_HOME, ${searched[*]}).
Install a JDK 21 or 25 (e.g. Temurin) or set BEACON_KEYCLOAK_JAVA_HOME."
  echo "$best"
}
JAVA_HOME="$(find_java_home)"
export JAVA_HOME

# ---- realm files and data
mkdir -p "$DIST/data/import"
cp "$HERE/beacon-realm.json" "$HERE/other-realm.json" "$DIST/data/import/"
if [ "$FRESH" = true ]; then
  rm -rf "$DATA"
fi
if [ -d "$DATA/h2" ]; then
  echo "start.sh: keeping the dev database in $DATA (realms that exist are not re-imported; use --fresh to reset)"
fi
mkdir -p "$DATA/h2"

# The shell's Quarkus settings must not leak into Keycloak (itself a Quarkus app).
for v in $(compgen -e | grep -E '^QUARKUS_' || true); do unset "$v"; done
unset JAVA_OPTS JAVA
export JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED"
# Admin console user of the master realm, created only when the master realm is first created.
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

cat <<EOF
Keycloak $KC_VERSION (JDK $JAVA_HOME)
  realm beacon   http://127.0.0.1:$PORT/realms/beacon        (issuer: use 127.0.0.1, not localhost)
  admin console  http://127.0.0.1:$PORT/admin/  (admin / admin)
  health         http://127.0.0.1:$MGMT_PORT/health/ready
  token          curl -s http://127.0.0.1:$PORT/realms/beacon/protocol/openid-connect/token \\
                   -d grant_type=password -d client_id=beacon-cli -d username=eddie -d password=eddie-pass
EOF

# Same build options (health) as KeycloakTestResource, so neither forces a re-build (~20 s) of the
# other; its own H2 database, so tests (which wipe $DIST/data/h2) never touch it.
exec "$DIST/bin/kc.sh" start-dev \
  --http-host=127.0.0.1 \
  --http-port="$PORT" \
  --http-management-port="$MGMT_PORT" \
  --health-enabled=true \
  --import-realm \
  "--db-url=jdbc:h2:file:$DATA/h2/keycloakdb;NON_KEYWORDS=VALUE"
