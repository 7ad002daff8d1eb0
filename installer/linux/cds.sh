#!/bin/sh
# Writes this installation's class-data-sharing archive (faster start). The package's postinst
# runs it; run it by hand after copying or unpacking the program elsewhere. It reads the class
# list recorded at build time and the launcher's class path, so the archive matches this
# location exactly (JDK 17 refuses an archive made for other paths). Without the archive the
# program still starts, only slower.
set -e
APPDIR=$(cd "$(dirname "$0")" && pwd -P)
CFG=$(ls "$APPDIR"/*.cfg | head -n 1)
NAME=$(basename "$CFG" .cfg)
CP=$(sed -n 's/^app.classpath=//p' "$CFG" | sed "s|\$APPDIR|$APPDIR|g" | paste -sd: -)
rm -f "$APPDIR/$NAME.jsa"
"$APPDIR/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APPDIR/credit-desk.classlist" \
    -XX:SharedArchiveFile="$APPDIR/$NAME.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" >/dev/null
chmod 644 "$APPDIR/$NAME.jsa"
