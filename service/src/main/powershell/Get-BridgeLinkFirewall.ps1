<#
.SYNOPSIS
  Reads what Maemuki Bridge Link needs to decide whether Tailscale peers can reach this machine:
  the firewall profiles, the Tailscale adapter's network category, whether local rules apply
  (Group Policy merge, read from the ActiveStore), and the enabled inbound rules that could match
  TCP to each -LocalPort or ICMPv4 echo. Writes one line of compressed UTF-8 JSON to stdout.

.NOTES
  Read-only. Run by the service by absolute path with an argument list:
  powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File <this> -LocalPort 3389,22
  -LocalPort is a validated string, not [int[]]: with -File every argument arrives as a string and
  PowerShell cannot bind "3389,22" to [int[]]; it is converted (and range-checked) below.
  The Java side (FirewallSnapshotParser, FirewallEvaluator) re-checks every match; the filter here
  only keeps the output small.
#>
[CmdletBinding()]
param(
  [Parameter()] [ValidatePattern('^(\d{1,5}(,\d{1,5}){0,99})?$')] [string] $LocalPort = '',
  [Parameter()] [ValidatePattern('^[\p{L}\p{N} ._()-]{1,64}$')] [string] $InterfaceAlias = 'Tailscale',
  [Parameter()] [ValidateRange(1, 5000)] [int] $MaxRules = 1000
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)
$errors = New-Object System.Collections.Generic.List[string]
[int[]] $ports = @($LocalPort -split ',' | Where-Object { $_ -ne '' } | ForEach-Object { [int]$_ } |
  Where-Object { $_ -ge 1 -and $_ -le 65535 })

function ConvertTo-StringList($value) {
  if ($null -eq $value) { return ,@('Any') }
  $list = @($value | ForEach-Object { [string]$_ })
  if ($list.Count -eq 0) { return ,@('Any') }
  return ,$list
}

function Test-PortCovered([string[]] $ports, [int] $port) {
  foreach ($p in $ports) {
    if ($p -eq 'Any') { return $true }
    if ($p -match '^\d+$' -and [int]$p -eq $port) { return $true }
    if ($p -match '^(\d+)-(\d+)$' -and [int]$Matches[1] -le $port -and $port -le [int]$Matches[2]) { return $true }
  }
  return $false
}

$profiles = @()
try {
  # ActiveStore = local store merged with Group Policy: the settings Windows actually enforces.
  foreach ($p in Get-NetFirewallProfile -PolicyStore ActiveStore) {
    $profiles += [ordered]@{
      name                    = [string]$p.Name
      enabled                 = [string]$p.Enabled
      defaultInboundAction    = [string]$p.DefaultInboundAction
      allowLocalFirewallRules = [string]$p.AllowLocalFirewallRules
    }
  }
} catch { $errors.Add("profiles: $($_.Exception.Message)") }

$adapter = [ordered]@{ found = $false; alias = $InterfaceAlias; interfaceIndex = $null; networkCategory = $null }
try {
  $cp = Get-NetConnectionProfile -InterfaceAlias $InterfaceAlias -ErrorAction SilentlyContinue | Select-Object -First 1
  if ($cp) {
    $adapter.found = $true
    $adapter.interfaceIndex = [int]$cp.InterfaceIndex
    $adapter.networkCategory = [string]$cp.NetworkCategory
  }
} catch { $errors.Add("adapter: $($_.Exception.Message)") }

$rules = @()
try {
  # Filters fetched once and joined by InstanceID: asking each rule for its filters is minutes slow.
  $portFilters = @{}; foreach ($f in Get-NetFirewallPortFilter -PolicyStore ActiveStore) { $portFilters[$f.InstanceID] = $f }
  $addrs = @{}; foreach ($f in Get-NetFirewallAddressFilter -PolicyStore ActiveStore) { $addrs[$f.InstanceID] = $f }
  $ifs = @{}; foreach ($f in Get-NetFirewallInterfaceFilter -PolicyStore ActiveStore) { $ifs[$f.InstanceID] = $f }
  $apps = @{}; foreach ($f in Get-NetFirewallApplicationFilter -PolicyStore ActiveStore) { $apps[$f.InstanceID] = $f }

  foreach ($r in Get-NetFirewallRule -PolicyStore ActiveStore -Direction Inbound -Enabled True) {
    $pf = $portFilters[$r.InstanceID]
    $protocol = if ($pf) { [string]$pf.Protocol } else { 'Any' }
    $localPorts = if ($pf) { ConvertTo-StringList $pf.LocalPort } else { ,@('Any') }
    $icmpTypes = if ($pf) { ConvertTo-StringList $pf.IcmpType } else { ,@('Any') }
    $relevant = $false
    if ($protocol -in @('Any', 'TCP', '6')) {
      foreach ($port in $ports) { if (Test-PortCovered $localPorts $port) { $relevant = $true } }
    }
    if ($protocol -in @('Any', 'ICMPv4', '1')) { $relevant = $true }
    if (-not $relevant) { continue }
    if ($rules.Count -ge $MaxRules) { $errors.Add("rules: more than $MaxRules relevant rules; rest omitted"); break }
    $af = $addrs[$r.InstanceID]; $itf = $ifs[$r.InstanceID]; $app = $apps[$r.InstanceID]
    $rules += [ordered]@{
      name                  = [string]$r.Name
      displayName           = [string]$r.DisplayName
      group                 = [string]$r.Group
      enabled               = [string]$r.Enabled
      direction             = [string]$r.Direction
      action                = [string]$r.Action
      protocol              = $protocol
      localPorts            = $localPorts
      icmpTypes             = $icmpTypes
      remoteAddresses       = if ($af) { ConvertTo-StringList $af.RemoteAddress } else { ,@('Any') }
      localAddresses        = if ($af) { ConvertTo-StringList $af.LocalAddress } else { ,@('Any') }
      interfaceAliases      = if ($itf) { ConvertTo-StringList $itf.InterfaceAlias } else { ,@('Any') }
      profiles              = [string]$r.Profile
      program               = if ($app -and $app.Program) { [string]$app.Program } else { 'Any' }
      policyStoreSourceType = [string]$r.PolicyStoreSourceType
    }
  }
} catch { $errors.Add("rules: $($_.Exception.Message)") }

$result = [ordered]@{
  schema     = 1
  time       = (Get-Date).ToUniversalTime().ToString('o')
  localPorts = @($ports)
  profiles   = @($profiles)
  adapter    = $adapter
  rules      = @($rules)
  errors     = @($errors)
}
[Console]::Out.Write((ConvertTo-Json -InputObject $result -Depth 6 -Compress))
