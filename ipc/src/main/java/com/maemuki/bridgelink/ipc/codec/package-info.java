/**
 * Framing: a 4-byte big-endian length, then that many bytes of strict UTF-8 JSON object. The cap is
 * checked before anything is allocated.
 */
package com.maemuki.bridgelink.ipc.codec;
