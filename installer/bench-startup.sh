#!/usr/bin/env bash
# Cold start of a packaged launcher to the ledger window, median of N, without and with its
# start-up archive (the AOT cache of a JDK 25 runtime, or the CDS archive of a JDK 17 one). Needs xvfb-run. The database is prepared by one untimed start (the first start seeds).
#   installer/bench-startup.sh /opt/credit-desk-370883   (an installed or unpacked app-image)
set -euo pipefail
IMAGE="$(cd "$1" && pwd -P)"; RUNS="${RUNS:-5}"
NAME=$(basename "$(ls "$IMAGE"/lib/app/*.cfg)" .cfg)
JSA="$IMAGE/lib/app/$NAME.jsa"; [[ -f "$IMAGE/lib/app/credit-desk.aot" ]] && JSA="$IMAGE/lib/app/credit-desk.aot"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
start() {
  HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" JAVA_TOOL_OPTIONS="-Dcreditdesk.startupProbe=true -Djava.util.prefs.userRoot=$TMP/prefs" \
    xvfb-run -a -s "-screen 0 1400x900x24" "$IMAGE/bin/$NAME" 2>/dev/null | sed -n 's/^startup-ms=\([0-9]*\).*/\1/p'
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
series() { local all=""; for _ in $(seq "$RUNS"); do all+="$(start) "; done; echo "median $(echo $all | median) ms  [$all]  load $(cut -d' ' -f1-3 /proc/loadavg)"; }
had_jsa=0; [[ -f "$JSA" ]] && { had_jsa=1; mv "$JSA" "$TMP/saved.jsa"; }
start >/dev/null
echo "without $(basename "$JSA"): $(series)"
if [[ $had_jsa == 1 ]]; then mv "$TMP/saved.jsa" "$JSA"; else
  t0=$(date +%s%N); "$IMAGE/lib/app/cds.sh"; echo "cds.sh (what postinst runs): $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(du -h "$JSA" | cut -f1)"; fi
echo "with $(basename "$JSA"):    $(series)"
