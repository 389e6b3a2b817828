/** Linux adapters: machine policy from a file, daemon state from LocalAPI and systemd. */
package com.maemuki.bridgelink.service.platform.linux;
