/** Process-level tests of the command line as an administrator or support engineer meets it. */
package com.maemuki.bridgelink.service.cli.admin;
