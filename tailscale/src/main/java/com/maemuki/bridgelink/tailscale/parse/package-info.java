/**
 * Pure, tolerant parsers for everything tailscaled and the {@code tailscale} CLI print: LocalAPI
 * JSON (status, prefs, ping, IPN bus NDJSON), {@code tailscale status --json}, {@code netcheck}
 * text and JSON, {@code tailscale ping} transcripts and {@code tailscale status} text.
 *
 * <p>Each parser takes the raw bytes or text and returns a {@code tailscale.model} record, or
 * throws {@link com.maemuki.bridgelink.tailscale.parse.TailscaleParseException} with a message a
 * person can act on. Unknown fields and lines are ignored, missing fields and nulls accepted, and
 * text pasted by people (shell prompts, log timestamps, {@code ^C}, Windows line endings, a BOM) is
 * cleaned by {@link com.maemuki.bridgelink.tailscale.parse.TranscriptLines} first.
 */
package com.maemuki.bridgelink.tailscale.parse;
