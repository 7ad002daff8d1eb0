#!/usr/bin/env bash
# Upgrade keeps data: app-image "N" (APP_VERSION 0.1.0) starts on an empty data directory, the
# data is changed, then app-image "N+1" (0.1.1, carrying one more Flyway migration) opens the same
# data directory: Flyway migrates it and the data is still there. Needs xvfb-run, jq and the
# Maven build (mvn -B -Pinstaller -Dcounty=130528 -Dinstaller.types=app-image -DskipTests package).
#   installer/upgrade-test.sh [COUNTY]
set -euo pipefail
COUNTY="${1:-130528}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
BASE="$ROOT/target/installer-upgrade"; rm -rf "$BASE"; mkdir -p "$BASE/migration/db/migration"
NAME="credit-desk-$COUNTY"
DATA="$BASE/data"; export HOME="$BASE/home" XDG_DATA_HOME="$DATA"

# The "next version" adds a migration, as a real release would.
cat > "$BASE/migration/db/migration/V9000__upgrade_test.sql" <<'SQL'
CREATE TABLE upgrade_test (id INT PRIMARY KEY, note VARCHAR(100));
SQL
jar --create --file "$BASE/upgrade-migration.jar" -C "$BASE/migration" .

build() { OUT="$BASE/$1" APP_VERSION="$2" TYPES=app-image CDS=off RUNTIME_DIR="$ROOT/target/installer/runtime" \
            EXTRA_JARS="${3:-}" installer/build.sh "$COUNTY" | sed 's/^/    /'; }
window() { JAVA_TOOL_OPTIONS="-Dcreditdesk.startupProbe=true" xvfb-run -a "$1/bin/$NAME" 2>/dev/null | grep startup-ms; }
sql() { "$1/lib/runtime/bin/java" -cp "$(ls "$1"/lib/app/h2-*.jar)" org.h2.tools.Shell \
          -url "jdbc:h2:file:$DATA/credit-desk/creditdesk" -user sa -sql "$2"; }

echo "== build N (0.1.0) and N+1 (0.1.1 + migration V9000)"
build n 0.1.0; build n1 0.1.1 "$BASE/upgrade-migration.jar"
N="$BASE/n/$COUNTY/$NAME"; N1="$BASE/n1/$COUNTY/$NAME"
grep app-version "$N/lib/app/$NAME.cfg" "$N1/lib/app/$NAME.cfg"

echo "== N: first start seeds the county into $DATA, then the office marks a task done"
window "$N"
sql "$N" "UPDATE task SET status='DONE', progress_note='done before the upgrade' WHERE id = (SELECT MIN(id) FROM task WHERE node_kind='TASK')" >/dev/null
before=$("$N/bin/$NAME" tasks | jq -c '[(.tasks | length), (.tasks[] | select(.status=="done") | .title)]')
units_before=$(sql "$N" "SELECT COUNT(*) AS units FROM unit" | sed -n 2p)
echo "   tasks, done: $before; units: $units_before"

echo "== N+1 opens the same data directory"
window "$N1"
after=$("$N1/bin/$NAME" tasks | jq -c '[(.tasks | length), (.tasks[] | select(.status=="done") | .title)]')
units_after=$(sql "$N1" "SELECT COUNT(*) AS units FROM unit" | sed -n 2p)
echo "   tasks, done: $after; units: $units_after"
sql "$N1" 'SELECT "version", "description", "success" FROM "flyway_schema_history" ORDER BY "installed_rank"'
[[ "$before" == "$after" && "$units_before" == "$units_after" ]] || { echo "UPGRADE LOST DATA" >&2; exit 1; }
sql "$N1" "SELECT COUNT(*) FROM upgrade_test" >/dev/null
echo "upgrade kept the data and migrated it: OK"
