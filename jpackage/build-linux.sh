#!/usr/bin/env bash
# Builds a Linux app-image (and, with --deb, a .deb) from target/perceptra.jar and target/lib.
# Usage: mvn -B -q package -DskipTests && bash jpackage/build-linux.sh [--deb]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/perceptra.jar ] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/perceptra.jar "$input/"
cp -r target/lib "$input/lib"

common=(--name Perceptra --app-version "$version" --input "$input" --main-jar perceptra.jar
        --main-class org.perceptra.Launcher --icon assets/perceptra.png --dest target/installer
        --description "Design neural networks by drag and drop and watch them learn"
        --vendor "Perceptra" --java-options "-Dprism.order=sw,es2" --java-options "-XX:+UseZGC")

if [ "${1:-}" = "--deb" ]; then
  # jpackage does not detect JavaFX's native needs: name them.
  jpackage --type deb "${common[@]}" --linux-shortcut --linux-menu-group Education \
    --linux-package-deps "libgtk-3-0, libxtst6" --file-associations jpackage/perceptra-files.properties
else
  jpackage --type app-image "${common[@]}"
fi
ls -la target/installer
