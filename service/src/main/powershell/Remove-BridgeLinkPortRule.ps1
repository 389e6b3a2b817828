<#
.SYNOPSIS
  Removes Maemuki Bridge Link's inbound rule for one TCP port: only a rule whose Name, DisplayName
  and Group are all ours. Any other rule is left alone. Writes compressed UTF-8 JSON:
  {"action":"removed|absent",...}.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)] [ValidateRange(1, 65535)] [int] $LocalPort
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)

$group = 'Maemuki Bridge Link'
$name = "MaemukiBridgeLink-TCP-$LocalPort"
$displayName = "Maemuki Bridge Link - TCP $LocalPort"

$ours = @(Get-NetFirewallRule -PolicyStore PersistentStore -Name $name -ErrorAction SilentlyContinue |
  Where-Object { $_.Group -eq $group -and $_.DisplayName -eq $displayName })
$action = 'absent'
foreach ($rule in $ours) {
  Remove-NetFirewallRule -PolicyStore PersistentStore -Name $rule.Name
  $action = 'removed'
}
[Console]::Out.Write((ConvertTo-Json -Compress -InputObject ([ordered]@{ action = $action; name = $name; port = $LocalPort })))
