# Starts the Maemuki Bridge Link tray agent for the signed-in user, with the same Java the service
# runs on. Started at logon by the HKLM Run entry the MSI writes (TRAY=show), and once at the end of
# an interactive install. Problems go to %LOCALAPPDATA%\Maemuki\BridgeLink\tray-launcher.log.
$ErrorActionPreference = 'Stop'

$ProcrunJavaKey = 'HKLM:\SOFTWARE\WOW6432Node\Apache Software Foundation\Procrun 2.0\MaemukiBridgeLink\Parameters\Java'
$TrayOptions = @('-Xmx96m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData')
$TrayMain = 'com.maemuki.bridgelink.tray.TrayMain'

function Write-LauncherLog([string] $Message) {
    $dir = Join-Path $env:LOCALAPPDATA 'Maemuki\BridgeLink'
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    Add-Content -Path (Join-Path $dir 'tray-launcher.log') -Value "$(Get-Date -Format s) $Message"
}

function Get-RegistryString([string] $Key, [string] $Name) {
    $item = Get-ItemProperty -Path $Key -Name $Name -ErrorAction SilentlyContinue
    if ($item) { return [string] $item.$Name }
    return $null
}

# The Java home of a jvm.dll path: <home>\bin\server\jvm.dll.
function Get-HomeOfJvmDll([string] $JvmDll) {
    return Split-Path -Parent (Split-Path -Parent (Split-Path -Parent $JvmDll))
}

# The service's Java: procrun's Jvm value when it names a jvm.dll (a bundled runtime or JVM=...);
# for Jvm=auto, the registered runtime procrun itself looks up, then JAVA_HOME.
function Find-ServiceJavaHome {
    $jvm = Get-RegistryString $ProcrunJavaKey 'Jvm'
    if ($jvm -and $jvm -ne 'auto') {
        return Get-HomeOfJvmDll ([Environment]::ExpandEnvironmentVariables($jvm))
    }
    foreach ($key in 'HKLM:\SOFTWARE\JavaSoft\Java Runtime Environment', 'HKLM:\SOFTWARE\JavaSoft\JRE',
                     'HKLM:\SOFTWARE\JavaSoft\JDK', 'HKLM:\SOFTWARE\JavaSoft\Java Development Kit') {
        $version = Get-RegistryString $key 'CurrentVersion'
        if (-not $version) { continue }
        $runtimeLib = Get-RegistryString "$key\$version" 'RuntimeLib'
        if ($runtimeLib -and (Test-Path $runtimeLib)) { return Get-HomeOfJvmDll $runtimeLib }
        $javaHome = Get-RegistryString "$key\$version" 'JavaHome'
        if ($javaHome) { return $javaHome }
    }
    return $env:JAVA_HOME
}

try {
    $javaHome = Find-ServiceJavaHome
    if (-not $javaHome) { throw 'no Java found: install Java 17+ or reinstall with JVM=<path to jvm.dll>' }
    $javaw = Join-Path $javaHome 'bin\javaw.exe'
    if (-not (Test-Path $javaw)) { throw "the service's Java has no javaw.exe: $javaw" }
    $classpath = Join-Path $PSScriptRoot 'lib\tray\*'
    $arguments = $TrayOptions + @('-cp', "`"$classpath`"", $TrayMain)
    Start-Process -FilePath $javaw -ArgumentList $arguments -WorkingDirectory $PSScriptRoot
} catch {
    Write-LauncherLog "tray not started: $($_.Exception.Message)"
    exit 1
}
