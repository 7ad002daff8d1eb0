<#
  Credit Desk - Windows installer (.msi) for one county, from the same county profiles as Linux.

    powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1 -County 370883

  CANNOT be built on the Linux build machine: jpackage makes .msi only on Windows, with WiX.
  Needs on the Windows PC: a JDK 17 (JAVA_HOME; its jlink/jpackage build the runtime, so the
  runtime runs the Java 17 bytecode), Maven, WiX Toolset 3.x (candle.exe/light.exe on PATH).
  Mirrors installer/build.sh: jlinked runtime with JavaFX (the OpenJFX -win jars; their DLLs go
  into the runtime's bin\ so JavaFX never unpacks them to %USERPROFILE%\.openjfx), the county
  profile baked in as $APPDIR\county.properties, data in %APPDATA%\CreditDesk (outside the
  install dir, so upgrades keep it; Flyway migrates on start).
  Not done on Windows: the CDS archive (JDK 17 ties it to the install path the user chooses).
#>
param(
    [Parameter(Mandatory = $true)][string]$County,
    [string]$AppVersion = "",
    [string]$JavaFxVersion = "21.0.12"
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Profile = "installer\counties\$County.properties"
if (-not (Test-Path $Profile)) { throw "No county profile $Profile; copy installer\counties\TEMPLATE.properties." }
$Jdk = $env:JAVA_HOME
if (-not $Jdk) { throw "Set JAVA_HOME to a JDK 17." }
foreach ($tool in "candle.exe", "light.exe") {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "WiX 3 ($tool) is not on PATH: https://wixtoolset.org" }
}

# 1. The jars: fat jar (for jdeps), thin jar and dependencies without JavaFX.
mvn -B -DskipTests package dependency:copy-dependencies "-DincludeScope=runtime" "-DexcludeGroupIds=org.openjfx" "-DoutputDirectory=target\installer\deps"
if ($LASTEXITCODE -ne 0) { throw "Maven build failed" }
if (-not $AppVersion) { $AppVersion = ([xml](Get-Content pom.xml)).project.version }
$Name = "credit-desk-$County"
$Out = "target\installer\$County"
Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input" | Out-Null

# 2. Runtime: jdeps modules + locale data + charsets + JavaFX (win jars from the local Maven repo).
$M2 = "$env:USERPROFILE\.m2\repository\org\openjfx"
foreach ($m in "base", "graphics", "controls") {
    mvn -B -q dependency:get "-Dartifact=org.openjfx:javafx-${m}:${JavaFxVersion}:jar:win"
}
$FxJars = ("base", "graphics", "controls" | ForEach-Object { "$M2\javafx-$_\$JavaFxVersion\javafx-$_-$JavaFxVersion-win.jar" }) -join ";"
$Modules = (& "$Jdk\bin\jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps target\credit-desk.jar).Trim()
$Modules = "$Modules,jdk.localedata,jdk.charsets,javafx.controls"
$Runtime = "$Out\runtime"
& "$Jdk\bin\jlink" --module-path $FxJars --add-modules $Modules --include-locales=zh,en `
    --exclude-resources="glob:/javafx.graphics/*.dll" --strip-debug --no-header-files --no-man-pages `
    --compress=2 --output $Runtime
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::OpenRead("$M2\javafx-graphics\$JavaFxVersion\javafx-graphics-$JavaFxVersion-win.jar")
foreach ($e in $zip.Entries | Where-Object { $_.Name -like "*.dll" }) {
    [IO.Compression.ZipFileExtensions]::ExtractToFile($e, "$Runtime\bin\$($e.Name)", $true)
}
$zip.Dispose()

# 3. Input: thin jar, dependencies, the county profile; the app checks the profile itself.
Copy-Item target\credit-desk-thin.jar, target\installer\deps\*.jar "$Out\input"
Copy-Item $Profile "$Out\input\county.properties"
$Json = & "$Runtime\bin\java" -cp "$Out\input\*" com.creditdesk.Launcher county --file "$Out\input\county.properties" | ConvertFrom-Json
if ($LASTEXITCODE -ne 0) { throw "The county profile is invalid (message above)." }

# 4. app-image, then .msi. The upgrade code is derived from the county code, so a newer .msi of
#    the same county replaces the older one (and keeps %APPDATA%\CreditDesk).
& "$Jdk\bin\jpackage" --type app-image --name $Name --app-version $AppVersion --vendor "Credit Desk" `
    --description $Json.installerName --input "$Out\input" --main-jar credit-desk-thin.jar `
    --main-class com.creditdesk.Launcher --runtime-image $Runtime --dest $Out `
    --java-options '-Dcreditdesk.profile=$APPDIR\county.properties' --java-options "-Dfile.encoding=UTF-8"
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed" }
& "$Out\$Name\$Name.exe" --version
$md5 = [Security.Cryptography.MD5]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes("credit-desk-county-$County"))
$md5[6] = ($md5[6] -band 0x0f) -bor 0x30; $md5[8] = ($md5[8] -band 0x3f) -bor 0x80
$UpgradeUuid = ([Guid]::new([byte[]]$md5)).ToString()
& "$Jdk\bin\jpackage" --type msi --app-image "$Out\$Name" --name $Name --app-version $AppVersion `
    --vendor "Credit Desk" --description $Json.installerName --dest $Out `
    --win-menu --win-menu-group $Json.installerName --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid $UpgradeUuid --win-per-user-install
if ($LASTEXITCODE -ne 0) { throw "jpackage msi failed (is WiX 3 installed?)" }
Get-ChildItem "$Out\*.msi" | ForEach-Object { "{0} {1:N1} MB" -f $_.FullName, ($_.Length / 1MB) }
