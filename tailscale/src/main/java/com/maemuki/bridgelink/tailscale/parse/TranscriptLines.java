package com.maemuki.bridgelink.tailscale.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text a person pasted from a terminal, issue or log into the lines the command printed:
 * drops a BOM, CR line ends, ANSI colours, {@code ^C}, shell prompts ({@code $ }, {@code PS C:\> },
 * {@code user@host:~$ }, {@code [user@host ~]# }, {@code C:\>}), Go log and ISO timestamp prefixes,
 * and markdown quote marks. A prompt line that runs {@code tailscale …} is kept as a {@link
 * Line#isCommand() command line}, so parsers know which target a ping transcript is for.
 */
public final class TranscriptLines {

  /** One cleaned line; a command line carries the tailscale subcommand and its arguments. */
  public record Line(String text, String subcommand, List<String> args) {
    public boolean isCommand() {
      return subcommand != null;
    }

    public boolean isBlank() {
      return subcommand == null && text.isBlank();
    }
  }

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^\\[?(?:\\d{4}[-/]\\d{2}[-/]\\d{2}[T ])?\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?"
              + "(?:Z|[+-]\\d{2}:?\\d{2})?\\]?:?[ \\t]+");
  private static final String PROMPT = "(?:PS [^>]*>|\\[[^\\]]*\\][$#%]|[^\\s]*[$#%>❯➜]|[$#%>❯➜])";

  /** tailscale's subcommands: "Tailscale is stopped." must not read as a command. */
  private static final String SUBCOMMANDS =
      "ping|status|netcheck|up|down|ip|version|debug|bugreport|set|login|logout|whois|serve"
          + "|funnel|ssh|web|cert|file|lock|exit-node|switch|metrics|configure|update|dns|drive"
          + "|nc|syspolicy|licenses|completion";

  private static final Pattern COMMAND =
      Pattern.compile(
          "^\\s*(?:"
              + PROMPT
              + "\\s*)?(?:sudo\\s+)?(?:&\\s*)?[\"']?(?:[^\\s\"']*[/\\\\])?"
              + "(?:Program Files[/\\\\]Tailscale[/\\\\])?tailscale(?:\\.exe)?[\"']?"
              + "((?:\\s+--?[\\w-]+(?:=\\S+)?)*)\\s+("
              + SUBCOMMANDS
              + ")(\\s.*|)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_PROMPT = Pattern.compile("^\\s*" + PROMPT + "\\s*$");
  private static final Pattern OTHER_COMMAND =
      Pattern.compile("^\\s*(?:PS [^>]*>|[\\w.-]+@[\\w.-]+[^\\s]*[$#%]|\\[[^\\]]*\\][$#%])\\s.*$");

  private TranscriptLines() {}

  /** Cleans {@code text}; blank lines are kept (some formats use them as separators). */
  public static List<Line> clean(String text) {
    List<Line> out = new ArrayList<>();
    for (String raw : TextDecoding.normalize(text).split("\n", -1)) {
      String line = ANSI.matcher(raw).replaceAll("");
      line = line.replace("\uFEFF", "");
      while (line.startsWith("^C")) {
        line = line.substring(2);
      }
      line = TIMESTAMP.matcher(line).replaceFirst("");
      if (line.startsWith("> ")) {
        line = line.substring(2); // markdown quote
      }
      Matcher command = COMMAND.matcher(line);
      if (command.matches() && !line.stripLeading().startsWith("#     -")) {
        List<String> args = new ArrayList<>();
        String rest = command.group(3).trim();
        if (!rest.isEmpty()) {
          args.addAll(Arrays.asList(rest.split("\\s+")));
        }
        out.add(new Line(line, command.group(2).toLowerCase(java.util.Locale.ROOT), args));
        continue;
      }
      if (BARE_PROMPT.matcher(line).matches() || OTHER_COMMAND.matcher(line).matches()) {
        continue; // an empty prompt, or another command typed in the same paste
      }
      out.add(new Line(line.stripTrailing(), null, List.of()));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** The cleaned output lines only (no command lines), as one string. */
  public static String outputText(String text) {
    StringBuilder sb = new StringBuilder();
    for (Line l : clean(text)) {
      if (!l.isCommand()) {
        sb.append(l.text()).append('\n');
      }
    }
    return sb.toString();
  }
}
