#!/usr/bin/env bash
# Upgrade keeps data: app-image "N" (APP_VERSION 0.1.0) starts on an empty data directory, the
# data is changed, then app-image "N+1" (0.1.1) opens the same data directory. N+1 is built the way
# a real release is: from a copy of this source with one more migration in db/migration/common/
# and Database.SCHEMA_VERSION raised to it, so the app sees its schema is behind and lets Flyway
# migrate (on a copy it then swaps in). Checks: the data is still there and the new migration ran.
# Needs xvfb-run, jq and the Maven build
# (mvn -B -Pinstaller -Dcounty=130528 -Dinstaller.types=app-image -DskipTests package).
#   installer/upgrade-test.sh [COUNTY]
set -euo pipefail
COUNTY="${1:-130528}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
BASE="$ROOT/target/installer-upgrade"; rm -rf "$BASE"; mkdir -p "$BASE"
NAME="credit-desk-$COUNTY"
DATA="$BASE/data"; export HOME="$BASE/home" XDG_DATA_HOME="$DATA"

# The next release: this source plus one migration, with the schema version raised to it.
SRC1="$BASE/src-n1"
CURRENT=$(sed -n 's/.*int SCHEMA_VERSION = \([0-9]*\);.*/\1/p' src/main/java/com/creditdesk/logic/db/Database.java)
NEXT=$((CURRENT + 1))
mkdir -p "$SRC1"; tar -C "$ROOT" --exclude=./target --exclude=./.git -cf - . | tar -C "$SRC1" -xf -
cat > "$SRC1/src/main/resources/db/migration/common/V${NEXT}__upgrade_test.sql" <<'SQL'
CREATE TABLE upgrade_test (id INT PRIMARY KEY, note VARCHAR(100));
INSERT INTO upgrade_test (id, note) VALUES (1, 'added by the next release');
SQL
sed -i "s/int SCHEMA_VERSION = $CURRENT;/int SCHEMA_VERSION = $NEXT;/" "$SRC1/src/main/java/com/creditdesk/logic/db/Database.java"
echo "== build the next release's jars (schema $CURRENT -> $NEXT)"
(cd "$SRC1" && mvn -B -q -o -DskipTests package dependency:copy-dependencies -DincludeScope=runtime \
   -DoutputDirectory=target/installer/deps -DexcludeGroupIds=org.openjfx >/dev/null)

build() { (cd "$3" && OUT="$BASE/$1" APP_VERSION="$2" TYPES=app-image CDS=off RUNTIME_DIR="$ROOT/target/installer/runtime" \
            installer/build.sh "$COUNTY" | sed 's/^/    /'); }
window() { JAVA_TOOL_OPTIONS="-Dcreditdesk.startupProbe=true" xvfb-run -a "$1/bin/$NAME" 2>/dev/null | grep startup-ms; }
sql() { "$1/lib/runtime/bin/java" -cp "$(ls "$1"/lib/app/h2-*.jar)" org.h2.tools.Shell \
          -url "jdbc:h2:file:$DATA/credit-desk/creditdesk" -user sa -sql "$2"; }

echo "== build N (0.1.0) and N+1 (0.1.1 + migration V$NEXT)"
build n 0.1.0 "$ROOT"; build n1 0.1.1 "$SRC1"
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
# H2's Shell exits 0 even when a statement fails: check the answer, not the exit code.
migrated=$(sql "$N1" "SELECT note FROM upgrade_test WHERE id = 1" | sed -n 2p)
[[ "$migrated" == "added by the next release" ]] || { echo "MIGRATION V$NEXT DID NOT RUN: '$migrated'" >&2; exit 1; }
echo "upgrade kept the data and migrated it (V$NEXT applied): OK"
