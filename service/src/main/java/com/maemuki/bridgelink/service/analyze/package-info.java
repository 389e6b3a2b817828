/**
 * {@code bridge-link analyze}: reads captured Tailscale outputs (files, or the entries of a zip),
 * detects what each one is, runs the checks on what they say together, and renders a report as text
 * or JSON. Support staff use it to diagnose a machine they cannot touch.
 *
 * <p>Flow: {@link com.maemuki.bridgelink.service.analyze.InputFiles} (bytes, size caps, zips) →
 * {@link com.maemuki.bridgelink.service.analyze.KindDetector} (one {@link
 * com.maemuki.bridgelink.service.analyze.Capture} per input) → {@link
 * com.maemuki.bridgelink.service.analyze.Analyzer} (observations, checks, {@link
 * com.maemuki.bridgelink.service.analyze.AnalysisReport}) → {@link
 * com.maemuki.bridgelink.service.analyze.TextReport} or {@link
 * com.maemuki.bridgelink.service.analyze.JsonReport}.
 */
package com.maemuki.bridgelink.service.analyze;
