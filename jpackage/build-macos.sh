#!/usr/bin/env bash
# Builds a macOS disk image (.dmg) with the .perceptra file association. Needs JDK 17 on macOS; the Maven
# build must run there too, so that target/lib holds the macOS natives (ND4J's and JavaFX's). Not run in CI.
# Usage: mvn -B -q package -DskipTests && bash jpackage/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/perceptra.jar ] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/perceptra.jar "$input/"
cp -r target/lib "$input/lib"
jpackage --type dmg --name Perceptra --app-version "$version" --input "$input" --main-jar perceptra.jar \
  --main-class org.perceptra.Launcher --icon assets/perceptra.icns --dest target/installer \
  --description "Design neural networks by drag and drop and watch them learn" --vendor "Perceptra" \
  --java-options "-XX:+UseZGC" --mac-package-identifier org.perceptra \
  --file-associations jpackage/perceptra-files.properties
ls -la target/installer
