#!/usr/bin/env bash
# The Windows installer: built with wixl, inspected with msitools, installed under Wine.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/../check-msi"
