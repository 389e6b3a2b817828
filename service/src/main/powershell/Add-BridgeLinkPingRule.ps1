<#
.SYNOPSIS
  Adds (or re-enables) Maemuki Bridge Link's rule allowing ICMPv4 echo requests (ping) from
  Tailscale addresses on the Tailscale interface. Idempotent. Writes compressed UTF-8 JSON:
  {"action":"created|exists|enabled",...}.
#>
[CmdletBinding()]
param(
  [Parameter()] [ValidatePattern('^[\p{L}\p{N} ._()-]{1,64}$')] [string] $InterfaceAlias = 'Tailscale'
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)

$group = 'Maemuki Bridge Link'
$name = 'MaemukiBridgeLink-ICMPv4-Echo'
$displayName = 'Maemuki Bridge Link - ICMPv4 echo'

$existing = Get-NetFirewallRule -PolicyStore PersistentStore -Name $name -ErrorAction SilentlyContinue |
  Where-Object { $_.Group -eq $group -and $_.DisplayName -eq $displayName }
if ($existing) {
  $action = 'exists'
  if ([string]$existing.Enabled -ne 'True') {
    Set-NetFirewallRule -PolicyStore PersistentStore -Name $name -Enabled True
    $action = 'enabled'
  }
} else {
  New-NetFirewallRule -PolicyStore PersistentStore -Name $name -DisplayName $displayName -Group $group `
    -Description 'Added by Maemuki Bridge Link: lets Tailscale peers ping this machine.' `
    -Direction Inbound -Action Allow -Protocol ICMPv4 -IcmpType 8 `
    -RemoteAddress '100.64.0.0/10' -InterfaceAlias $InterfaceAlias -Profile Any | Out-Null
  $action = 'created'
}
[Console]::Out.Write((ConvertTo-Json -Compress -InputObject ([ordered]@{ action = $action; name = $name })))
