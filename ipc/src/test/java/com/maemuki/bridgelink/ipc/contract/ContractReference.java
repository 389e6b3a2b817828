package com.maemuki.bridgelink.ipc.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The field reference of docs/ipc-contract.md, rendered from the contract's enums and records by
 * reflection, so that the page cannot drift from the types the service and tray compile against.
 */
final class ContractReference {
  static final String BEGIN = "<!-- generated from ipc/…/contract by IpcContractDocTest: begin -->";
  static final String END = "<!-- generated: end -->";

  private ContractReference() {}

  static String render() {
    Set<Class<?>> records = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder();
    out.append("| method | params | result | long call |\n|---|---|---|---|\n");
    for (IpcMethod method : IpcMethod.values()) {
      collect(method.paramsType(), records);
      collect(method.resultType(), records);
      out.append("| `")
          .append(method.wireName())
          .append("` | `")
          .append(method.paramsType().getSimpleName())
          .append("` | `")
          .append(method.resultType().getSimpleName())
          .append("` | ")
          .append(method.isLongCall() ? "yes" : "no")
          .append(" |\n");
    }
    out.append("\n| event | data |\n|---|---|\n");
    for (IpcEvent event : IpcEvent.values()) {
      collect(event.dataType(), records);
      out.append("| `")
          .append(event.wireName())
          .append("` | `")
          .append(event.dataType().getSimpleName())
          .append("` |\n");
    }
    out.append('\n');
    for (Class<?> record : records) {
      StringJoiner fields = new StringJoiner(", ", "{", "}");
      for (RecordComponent c : record.getRecordComponents()) {
        fields.add("\"" + c.getName() + "\": " + typeName(c.getGenericType()));
      }
      out.append("* `").append(record.getSimpleName()).append("` ").append(fields).append('\n');
    }
    return out.toString();
  }

  private static void collect(Class<?> type, Set<Class<?>> records) {
    if (!type.isRecord() || !records.add(type)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      for (Class<?> nested : nestedClasses(c.getGenericType())) {
        collect(nested, records);
      }
    }
  }

  private static List<Class<?>> nestedClasses(Type type) {
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof Class<?> c) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        out.addAll(nestedClasses(argument));
      }
    }
    return out;
  }

  private static String typeName(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return "[" + typeName(p.getActualTypeArguments()[0]) + "]";
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return "object";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "integer";
    }
    if (type == Double.class || type == double.class) {
      return "number";
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return c.getSimpleName();
    }
    throw new IllegalStateException("no wire name for " + type);
  }
}
