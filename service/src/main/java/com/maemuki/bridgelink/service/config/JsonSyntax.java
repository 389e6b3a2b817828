package com.maemuki.bridgelink.service.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the JSON parser's complaint into the line, the column and the mistake in words a person
 * editing config.json in Notepad recognises: the parser's own text names its internals ("code 125",
 * "Feature 'ALLOW_COMMENTS'") and would send them searching for the wrong thing.
 */
final class JsonSyntax {

  private static final Pattern FOUND = Pattern.compile("^Unexpected character \\('(.)' \\(code");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");

  private JsonSyntax() {}

  static ConfigProblem describe(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? "(file)"
            : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new ConfigProblem(where, "not valid JSON: " + words(e.getOriginalMessage()));
  }

  static String words(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Unexpected end-of-input")) {
      return "the file ends too early (a closing } or ] or a quote is missing)";
    }
    if (m.contains("Unrecognized character escape")) {
      return "a backslash starts an unknown escape; write a Windows path with \\\\ "
          + "(C:\\\\ProgramData) or with /";
    }
    if (m.contains("comment")) {
      return "comments are not allowed in JSON (use a \"comment\" key instead)";
    }
    if (m.contains("CTRL-CHAR")) {
      return "a line break or control character inside quotes (a closing \" is missing)";
    }
    if (m.contains("Leading zeroes")) {
      return "a number must not start with 0";
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing } or ] without a matching opening one";
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      return "'"
          + token.group(1)
          + "' is not a JSON value (text goes in double quotes; true, false, null in lower case)";
    }
    Matcher found = FOUND.matcher(m);
    String ch = found.find() ? found.group(1) : null;
    String what = ch == null ? "this" : "'" + ch + "'";
    if ("'".equals(ch)) {
      return "single quotes are not allowed in JSON; use double quotes";
    }
    if (m.contains("to start property name")) {
      return what.equals("'}'")
          ? "a comma before } with no entry after it"
          : "expected a key in double quotes, found " + what;
    }
    if (m.contains("comma to separate")) {
      return "a comma is missing before " + what;
    }
    if (m.contains("colon to separate")) {
      return "a colon (:) is missing after the key, before " + what;
    }
    if (m.contains("expected a valid value")) {
      return what.equals("']'") || what.equals("'}'")
          ? "a comma before " + what + " with no value after it"
          : "expected a value, found " + what;
    }
    return "the text here is not valid JSON";
  }
}
