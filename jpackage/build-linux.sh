#!/usr/bin/env bash
# Builds a Linux app-image (and, with --deb, a .deb) from target/perceptra.jar and target/lib.
# Usage: mvn -B -q package -DskipTests && bash jpackage/build-linux.sh [--deb]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/perceptra.jar ] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
input=target/jpackage-input
image=target/installer/Perceptra
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/perceptra.jar "$input/"
cp -r target/lib "$input/lib"

jpackage --type app-image --name Perceptra --app-version "$version" --input "$input" --main-jar perceptra.jar \
  --main-class org.perceptra.Launcher --icon assets/perceptra.png --dest target/installer \
  --description "Design neural networks by drag and drop and watch them learn" --vendor "Perceptra" \
  --java-options "-Dprism.order=sw,es2" --java-options "-XX:+UseZGC"

# Class-data sharing: record the classes a start loads (the app quits once its window is painted), then
# archive them. A start maps the archive instead of parsing and verifying some 6,500 classes: about 40% of
# the time to the window. The archive is tied to the jars' paths, so the .deb rebuilds it where it is
# installed (postinst); a moved app-image starts without it, just slower.
shares() {
  local config
  config=$(mktemp -d)
  run_window() { if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a "$@"; fi; }
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$image/lib/app/perceptra.classlist -Dperceptra.startupProbe=true -Dperceptra.config.dir=$config" \
    run_window "$image/bin/Perceptra" 2>&1 | grep -v "JAVA_TOOL_OPTIONS\|JavaFX configuration\|PlatformImpl startup"
  rm -rf "$config"
  JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=off -XX:SharedClassListFile=$image/lib/app/perceptra.classlist -XX:SharedArchiveFile=$image/lib/app/perceptra.jsa" \
    "$image/bin/Perceptra" >/dev/null 2>&1
  # Silence the JVM's warning when the archive does not match (a moved image): it then starts without it.
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/perceptra.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' \
    "$image/lib/app/Perceptra.cfg"
  echo "Class-data sharing archive: $(du -h "$image/lib/app/perceptra.jsa" | cut -f1)"
}
if [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null; then
  shares
else
  echo "No display and no xvfb-run: building without the class-data sharing archive (the app starts slower)."
fi

if [ "${1:-}" = "--deb" ]; then
  # jpackage does not detect JavaFX's native needs: name them.
  jpackage --type deb --name Perceptra --app-version "$version" --app-image "$image" --dest target/installer \
    --description "Design neural networks by drag and drop and watch them learn" --vendor "Perceptra" \
    --resource-dir jpackage/linux --linux-shortcut --linux-menu-group Education \
    --linux-package-deps "libgtk-3-0, libxtst6" --file-associations jpackage/perceptra-files.properties
fi
ls -la target/installer
