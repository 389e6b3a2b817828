/**
 * The Bridge Link service: monitor, checks, repairs, Tailscale reader, platform adapters and the
 * command line.
 */
package com.maemuki.bridgelink.service;
