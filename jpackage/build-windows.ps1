# Builds a Windows installer (.msi) with a Start-menu entry and the .perceptra file association.
# Needs JDK 17 (jpackage) and the WiX Toolset 3.x on PATH. Not run in CI (Linux only).
# Usage (PowerShell, in the repository): mvn -B -q package -DskipTests; ./jpackage/build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path target/perceptra.jar)) { throw "Build first: mvn -B -q package -DskipTests" }
$version = ([xml](Get-Content pom.xml)).project.version -replace '[^0-9.].*$', ''
$input = "target/jpackage-input"
Remove-Item -Recurse -Force $input, target/installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory $input | Out-Null
Copy-Item target/perceptra.jar $input
Copy-Item -Recurse target/lib "$input/lib"
jpackage --type msi --name Perceptra --app-version $version --input $input --main-jar perceptra.jar `
  --main-class org.perceptra.Launcher --icon assets/perceptra.ico --dest target/installer `
  --description "Design neural networks by drag and drop and watch them learn" --vendor "Perceptra" `
  --java-options "-XX:+UseZGC" --win-menu --win-menu-group Perceptra --win-shortcut --win-dir-chooser `
  --file-associations jpackage/perceptra-files.properties
