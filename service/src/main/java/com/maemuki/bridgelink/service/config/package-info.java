/**
 * The configuration: {@code config.json} parsed and validated field by field, machine policy
 * (precedence policy &gt; file &gt; defaults) and reload on change while keeping the last good
 * configuration. Nothing here touches the network or the OS registry: policy values arrive through
 * the {@link com.maemuki.bridgelink.service.config.MachinePolicy} port.
 */
package com.maemuki.bridgelink.service.config;
