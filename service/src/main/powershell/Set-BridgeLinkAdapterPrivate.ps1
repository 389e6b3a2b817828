<#
.SYNOPSIS
  Marks the Tailscale adapter's network Private (so Tailscale's own Tailscale-In rule, which covers
  Private and Domain, applies again). A DomainAuthenticated network is left alone. Writes
  compressed UTF-8 JSON: {"action":"changed|unchanged|not-found|domain",...}.
#>
[CmdletBinding()]
param(
  [Parameter()] [ValidatePattern('^[\p{L}\p{N} ._()-]{1,64}$')] [string] $InterfaceAlias = 'Tailscale'
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)

$cp = Get-NetConnectionProfile -InterfaceAlias $InterfaceAlias -ErrorAction SilentlyContinue | Select-Object -First 1
$before = if ($cp) { [string]$cp.NetworkCategory } else { $null }
if (-not $cp) {
  $action = 'not-found'
} elseif ($before -eq 'Private') {
  $action = 'unchanged'
} elseif ($before -eq 'DomainAuthenticated') {
  $action = 'domain'
} else {
  Set-NetConnectionProfile -InterfaceAlias $InterfaceAlias -NetworkCategory Private
  $action = 'changed'
}
[Console]::Out.Write((ConvertTo-Json -Compress -InputObject ([ordered]@{ action = $action; alias = $InterfaceAlias; before = $before })))
