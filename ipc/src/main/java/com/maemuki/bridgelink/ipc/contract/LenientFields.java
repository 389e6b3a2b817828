package com.maemuki.bridgelink.ipc.contract;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Reads a field whose value has the wrong shape ({@code "online": "yes"}, {@code "latencyMs":
 * "fast"}, a string where a finding belongs) as null instead of failing the whole payload: an older
 * or newer peer must not make the tray or {@code bridge-link status} lose a snapshot over one
 * field.
 */
final class LenientFields extends DeserializationProblemHandler {

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
    return null;
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg) {
    p.skipChildren(); // an object or array where a scalar belongs: step over all of it
    return null;
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsta,
      JsonParser p,
      String msg) {
    p.skipChildren();
    return null;
  }
}
