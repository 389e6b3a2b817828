/** The {@code bridge-link} command line: one class per subcommand. */
package com.maemuki.bridgelink.service.cli;
