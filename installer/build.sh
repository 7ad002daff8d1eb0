#!/usr/bin/env bash
# Builds the installer of one county: a trimmed Java runtime (jlink), an app-image with the
# county profile baked in and a class-data-sharing archive (jpackage), then a .deb.
#
#   installer/build.sh COUNTY_CODE            (normally run by: mvn -B -Pinstaller -Dcounty=CODE -DskipTests package)
#
# Expects target/credit-desk-thin.jar, target/credit-desk.jar and target/installer/deps/ (the
# runtime dependencies without JavaFX) from the Maven build. Environment:
#   TYPES="app-image deb"   what to build ("app-image" alone is the quick CI check)
#   APP_VERSION=0.1.0       package version (default: the project version baked into the jar)
#   BUILD_JDK=...           the JDK whose jlink/jpackage build the runtime (default: Temurin 25 when
#                           installed, else the system JDK 17). JDK 25+: an AOT cache (JEP 483/514,
#                           classes loaded and linked ahead of time) trained at build time ships in
#                           the image. JDK 17: a CDS class list ships and postinst dumps the archive.
#   CDS=auto|gui|cli|off    how to train the AOT cache / CDS class list (auto: the window under
#                           xvfb-run if present, else headless commands)
#   OUT=target/installer    where the results go
#   RUNTIME_DIR=$OUT/runtime the jlinked runtime (rebuilt when the fat jar or the recipe changes)
#   EXTRA_JARS="a.jar b.jar" more jars for the class path (the upgrade test adds a migration)
#   STORE_JARS=1           rewrite the class-path jars uncompressed (0: keep them as Maven made them);
#                           the .deb's xz packs raw classes far better (.deb ~20 MB smaller)
set -euo pipefail

COUNTY="${1:-}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
TYPES="${TYPES:-app-image deb}"
if [[ -z "${BUILD_JDK:-}" ]]; then
  BUILD_JDK=$(ls -d /usr/lib/jvm/temurin-2[5-9]*-jdk* 2>/dev/null | sort -V | tail -n 1)
  BUILD_JDK="${BUILD_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
fi
JDK_MAJOR=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$BUILD_JDK/release")
AOT=0; (( JDK_MAJOR >= 25 )) && AOT=1
CDS="${CDS:-auto}"
OUT="${OUT:-$ROOT/target/installer}"
JFX_VERSION="${JFX_VERSION:-21.0.12}"
M2="${M2_REPO:-$HOME/.m2/repository}"
PROFILE="installer/counties/$COUNTY.properties"

fail() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "[installer $(date +%T)] $*"; }
[[ -n "$COUNTY" ]] || fail "usage: installer/build.sh COUNTY_CODE   (profiles: $(cd installer/counties && ls *.properties | grep -v TEMPLATE | sed 's/.properties//' | tr '\n' ' '))"
[[ -f "$PROFILE" ]] || fail "no county profile $PROFILE; copy installer/counties/TEMPLATE.properties (see README, Installer)"
[[ -f target/credit-desk-thin.jar && -d target/installer/deps ]] || fail "run the Maven build first: mvn -B -Pinstaller -Dcounty=$COUNTY -DskipTests package"
APP_VERSION="${APP_VERSION:-$(unzip -p target/credit-desk-thin.jar credit-desk-version.properties | sed -n 's/^version=//p')}"
NAME="credit-desk-$COUNTY"
WORK="$OUT/$COUNTY"
START=$(date +%s)
rm -rf "$WORK" && mkdir -p "$WORK"

# 1. The runtime, shared by all counties: JDK modules the code uses (jdeps on the fat jar, which
#    holds every dependency), plus locale data for Chinese, extra charsets for old Office files,
#    and JavaFX from the OpenJFX jars. Their native libraries go into the runtime's lib/ (and are
#    left out of the modules), so JavaFX loads them from there instead of unpacking to ~/.openjfx.
RUNTIME="${RUNTIME_DIR:-$OUT/runtime}"
JFX_JARS=""
for m in base graphics controls; do JFX_JARS+="$M2/org/openjfx/javafx-$m/$JFX_VERSION/javafx-$m-$JFX_VERSION-linux.jar:"; done
RECIPE=4  # bump when the jlink options below change
step "jdeps"
MODULES=$("$BUILD_JDK/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps target/credit-desk.jar)
MODULES="$MODULES,jdk.localedata,jdk.charsets,javafx.controls"
STAMP="$MODULES $BUILD_JDK $JFX_VERSION $RECIPE"
if [[ ! -f "$RUNTIME/.stamp" || "$(cat "$RUNTIME/.stamp")" != "$STAMP" ]]; then
  step "jlink ($BUILD_JDK)"
  echo "  modules: $MODULES"
  rm -rf "$RUNTIME"
  # JDK 17: uncompressed modules and the JDK's own CDS archive (both make class loading faster).
  # JDK 25: the app's AOT cache holds the JDK classes too, so the default CDS archive is left out.
  # (Modules stay uncompressed in both: the .deb's xz packs them better than jlink's zip.)
  LINK_OPTS=(--compress=0 --generate-cds-archive); (( AOT )) && LINK_OPTS=(--compress=0)
  "$BUILD_JDK/bin/jlink" --module-path "${JFX_JARS%:}" --add-modules "$MODULES" --include-locales=zh,en \
      --exclude-resources='glob:/javafx.graphics/*.so' --strip-debug --no-header-files --no-man-pages \
      "${LINK_OPTS[@]}" --output "$RUNTIME"
  unzip -q -o -j "$M2/org/openjfx/javafx-graphics/$JFX_VERSION/javafx-graphics-$JFX_VERSION-linux.jar" '*.so' -d "$RUNTIME/lib"
  # Not needed by the app: tools, and the archive for heaps over 32 GB. Debian's libraries keep symbols.
  rm -f "$RUNTIME/bin/jrunscript" "$RUNTIME/bin/keytool" "$RUNTIME/bin/jfr" "$RUNTIME/lib/server/classes_nocoops.jsa"
  (( AOT )) && rm -f "$RUNTIME"/lib/server/classes*.jsa
  find "$RUNTIME/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
  echo "$STAMP" > "$RUNTIME/.stamp"
fi

# 2. Input: the thin jar, its dependencies (JavaFX is in the runtime) and the county profile.
step "input for $COUNTY"
mkdir -p "$WORK/input"
cp target/credit-desk-thin.jar target/installer/deps/*.jar "$WORK/input/"
cp "$PROFILE" "$WORK/input/county.properties"
[[ -z "${EXTRA_JARS:-}" ]] || cp $EXTRA_JARS "$WORK/input/"
# Deflated jars are incompressible for the .deb's xz: stored, they cost ~20 MB less in the .deb
# (and ~65 MB more on disk once installed). Done before the AOT cache is trained, which checks
# the jars' size and time.
if [[ "${STORE_JARS:-1}" == 1 ]]; then
  step "jars stored uncompressed"
  "$BUILD_JDK/bin/java" installer/StoreJars.java "$WORK/input/"*.jar
fi
# The app itself checks the profile: a broken one stops the build with the app's Chinese message.
PROFILE_JSON=$("$RUNTIME/bin/java" -cp "$WORK/input/*" com.creditdesk.Launcher county --file "$WORK/input/county.properties")
INSTALLER_NAME=$(jq -r .installerName <<<"$PROFILE_JSON")
COUNTY_NAME=$(jq -r .name <<<"$PROFILE_JSON")
echo "  $COUNTY_NAME: $INSTALLER_NAME, $(jq '.units | length' <<<"$PROFILE_JSON") units"

# 3. The app-image. $APPDIR is lib/app of the installed image: the profile travels with the program.
step "jpackage app-image"
"$BUILD_JDK/bin/jpackage" --type app-image --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Credit Desk" --description "$INSTALLER_NAME" --icon installer/icons/credit-desk.png \
    --input "$WORK/input" --main-jar credit-desk-thin.jar --main-class com.creditdesk.Launcher \
    --runtime-image "$RUNTIME" --dest "$WORK" \
    --java-options '-Dcreditdesk.profile=$APPDIR/county.properties' --java-options '-Dfile.encoding=UTF-8'
IMAGE="$WORK/$NAME"
CFG="$IMAGE/lib/app/$NAME.cfg"

# 4. Start-up speed. Both ways record what a start loads by running the image once: the ledger
#    window under xvfb when possible (the start-up probe quits after its first frame), else
#    headless commands.
#    JDK 25+: an AOT cache (-XX:AOTCacheOutput) with the classes loaded and linked, shipped in
#    lib/app; it stays valid when the image is moved (checked: /opt after unpacking elsewhere).
#    JDK 17: an app CDS archive is valid only at the exact class path it was made for, so the
#    class list ships with lib/app/cds.sh and the package's postinst dumps the archive in place.
#    Either file missing or stale is ignored at start, never an error: only slower.
train() {  # $1: JVM options for the training run
  local mode="$CDS" train="$WORK/train"
  [[ "$mode" == auto ]] && { command -v xvfb-run >/dev/null && mode=gui || mode=cli; }
  step "start-up training run ($mode): $1"
  mkdir -p "$train"
  if [[ "$mode" == gui ]]; then
    HOME="$train" XDG_DATA_HOME="$train/data" JAVA_TOOL_OPTIONS="$1 -Dcreditdesk.startupProbe=true -Djava.util.prefs.userRoot=$train/prefs" \
      xvfb-run -a -s "-screen 0 1280x800x24" "$IMAGE/bin/$NAME" >"$WORK/training.log" 2>&1
  else
    HOME="$train" XDG_DATA_HOME="$train/data" JAVA_TOOL_OPTIONS="$1" "$IMAGE/bin/$NAME" county >"$WORK/training.log" 2>&1
  fi
  rm -rf "$train"
}
if [[ "$CDS" != off ]] && (( AOT )); then
  train "-XX:AOTCacheOutput=$IMAGE/lib/app/credit-desk.aot"
  [[ -s "$IMAGE/lib/app/credit-desk.aot" ]] || fail "no AOT cache was written; see $WORK/training.log"
  echo "  AOT cache $(du -h "$IMAGE/lib/app/credit-desk.aot" | cut -f1)"
  sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/credit-desk.aot\njava-options=-Xlog:aot*=off\njava-options=-Xlog:cds*=off' "$CFG"
elif [[ "$CDS" != off ]]; then
  train "-XX:DumpLoadedClassList=$IMAGE/lib/app/credit-desk.classlist"
  [[ -s "$IMAGE/lib/app/credit-desk.classlist" ]] || fail "no class list was written; see $WORK/training.log"
  echo "  $(wc -l <"$IMAGE/lib/app/credit-desk.classlist") classes"
  install -m 755 installer/linux/cds.sh "$IMAGE/lib/app/cds.sh"
  sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/'"$NAME"'.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off' "$CFG"
fi

# 5. The quick check: the packaged launcher answers headless and carries the county.
step "check app-image"
"$IMAGE/bin/$NAME" --version
"$IMAGE/bin/$NAME" county | jq -e --arg c "$COUNTY" '.code == $c' >/dev/null || fail "the app-image does not carry county $COUNTY"

# 6. The .deb: menu entry in Chinese (our own .desktop file), GTK and X libraries as dependencies.
if [[ " $TYPES " == *" deb "* ]]; then
  step "jpackage deb"
  RES="$WORK/resources"; mkdir -p "$RES"
  cp installer/linux/postinst installer/linux/prerm "$RES/"
  cat > "$RES/$NAME.desktop" <<EOF
[Desktop Entry]
Name=$INSTALLER_NAME
GenericName=信用创建工作台
Comment=$COUNTY_NAME 社会信用体系建设创建工作台账（离线版）
Exec=/opt/$NAME/bin/$NAME
Icon=/opt/$NAME/lib/$NAME.png
Terminal=false
Type=Application
Categories=Office;
StartupWMClass=com.creditdesk.ui.CreditDeskApp
EOF
  "$BUILD_JDK/bin/jpackage" --type deb --app-image "$IMAGE" --name "$NAME" --app-version "$APP_VERSION" \
      --vendor "Credit Desk" --description "$INSTALLER_NAME（$COUNTY_NAME 社会信用体系建设创建工作台账）" \
      --icon installer/icons/credit-desk.png --resource-dir "$RES" --dest "$WORK" \
      --linux-package-name "$NAME" --linux-deb-maintainer "credit-desk@localhost" \
      --linux-app-category misc --linux-menu-group "Office" --linux-shortcut \
      --linux-package-deps "libgtk-3-0, libgl1, libx11-6, libxtst6, fontconfig"
fi

# 7. For the app-image as built (runs in place): its CDS archive, made after the .deb took the image.
if [[ -x "$IMAGE/lib/app/cds.sh" ]]; then
  step "CDS archive for the app-image in place"
  "$IMAGE/lib/app/cds.sh"
fi

step "done in $(( $(date +%s) - START )) s (runtime: JDK $JDK_MAJOR from $BUILD_JDK)"
du -sh "$RUNTIME" "$IMAGE" | sed 's/^/  /'
ls -l "$WORK"/*.deb 2>/dev/null | awk '{printf "  %s %.1f MB\n", $NF, $5/1048576}' || true
