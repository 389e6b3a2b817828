/** Test kit: a scriptable simulator of tailscaled's LocalAPI for tests and the demo. */
package com.maemuki.bridgelink.testkit;
