<#
.SYNOPSIS
  Adds (or re-enables) Maemuki Bridge Link's inbound allow rule for one TCP port, scoped to the
  Tailscale interface and Tailscale's address ranges. Idempotent: an existing rule of ours is
  reused. Writes one line of compressed UTF-8 JSON: {"action":"created|exists|enabled",...}.

.NOTES
  The port arrives as a typed [int] parameter (the service passes only ports from its configured
  allowlist); nothing from the caller is ever spliced into script text.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)] [ValidateRange(1, 65535)] [int] $LocalPort,
  [Parameter()] [ValidatePattern('^[\p{L}\p{N} ._()-]{1,64}$')] [string] $InterfaceAlias = 'Tailscale'
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)

$group = 'Maemuki Bridge Link'
$name = "MaemukiBridgeLink-TCP-$LocalPort"
$displayName = "Maemuki Bridge Link - TCP $LocalPort"

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
    -Description 'Added by Maemuki Bridge Link: lets Tailscale peers reach this port. Remove with the close-inbound-port repair.' `
    -Direction Inbound -Action Allow -Protocol TCP -LocalPort $LocalPort `
    -RemoteAddress @('100.64.0.0/10', 'fd7a:115c:a1e0::/48') -InterfaceAlias $InterfaceAlias -Profile Any | Out-Null
  $action = 'created'
}
[Console]::Out.Write((ConvertTo-Json -Compress -InputObject ([ordered]@{ action = $action; name = $name; port = $LocalPort })))
