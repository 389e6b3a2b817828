/** Log files: a rolling file in the data directory for long-running commands and the service. */
package com.maemuki.bridgelink.service.logging;
