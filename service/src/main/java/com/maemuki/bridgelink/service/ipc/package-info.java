/**
 * The service side of the IPC: the server (accept loop, one reader and one writer thread per
 * client, limits and deadlines), the method table, authorization per method, the event hub and the
 * audit hook. See docs/attack-surface.md for what a client can reach from here.
 */
package com.maemuki.bridgelink.service.ipc;
