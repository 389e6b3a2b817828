package com.maemuki.bridgelink.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped Group Policy templates ({@code installer/src/admx}) are well-formed, offer exactly
 * the policy values the service reads ({@link MachinePolicy#NAMES}) under the key it reads them
 * from, and every text and presentation they name exists in the English ADML.
 */
class AdmxTemplatesTest {

  private static final Path DIR = Path.of("..", "installer", "src", "admx");
  private static final Pattern REF = Pattern.compile("\\$\\((string|presentation)\\.([^)]+)\\)");

  @Test
  void everyValueTheServiceReadsIsInTheTemplateAndNothingElse() throws Exception {
    Document admx = parse(DIR.resolve("MaemukiBridgeLink.admx"));
    List<String> valueNames = new ArrayList<>();
    NodeList policies = admx.getElementsByTagName("policy");
    for (int i = 0; i < policies.getLength(); i++) {
      Element policy = (Element) policies.item(i);
      assertThat(policy.getAttribute("class")).isEqualTo("Machine");
      assertThat(policy.getAttribute("key")).isEqualTo("Software\\Policies\\Maemuki\\BridgeLink");
      NodeList elements = policy.getElementsByTagName("*");
      for (int j = 0; j < elements.getLength(); j++) {
        Element e = (Element) elements.item(j);
        if (!e.getAttribute("valueName").isEmpty()) {
          valueNames.add(e.getAttribute("valueName"));
        }
      }
    }
    assertThat(valueNames).containsExactlyInAnyOrderElementsOf(MachinePolicy.NAMES);
  }

  @Test
  void enumChoicesAreTheValuesPolicySettingsAccepts() throws Exception {
    Document admx = parse(DIR.resolve("MaemukiBridgeLink.admx"));
    Set<String> choices = new HashSet<>();
    NodeList strings = admx.getElementsByTagName("string");
    for (int i = 0; i < strings.getLength(); i++) {
      choices.add(strings.item(i).getTextContent());
    }
    assertThat(choices).containsExactlyInAnyOrder("never", "always", "show", "hide");
    for (String choice : choices) {
      String name = choice.equals("show") || choice.equals("hide") ? "Tray" : "AllowUserRepair";
      List<ConfigProblem> problems = new ArrayList<>();
      PolicySettings.parse(java.util.Map.of(name, choice), problems);
      assertThat(problems).as(name + "=" + choice).isEmpty();
    }
  }

  @Test
  void everyTextAndPresentationTheTemplateNamesIsInTheAdml() throws Exception {
    String admx = java.nio.file.Files.readString(DIR.resolve("MaemukiBridgeLink.admx"));
    Document adml = parse(DIR.resolve("en-US").resolve("MaemukiBridgeLink.adml"));
    Set<String> strings = ids(adml, "string");
    Set<String> presentations = ids(adml, "presentation");
    Matcher m = REF.matcher(admx);
    int refs = 0;
    while (m.find()) {
      refs++;
      Set<String> table = m.group(1).equals("string") ? strings : presentations;
      assertThat(table).as(m.group()).contains(m.group(2));
    }
    assertThat(refs).isGreaterThan(MachinePolicy.NAMES.size() * 3);
  }

  private static Set<String> ids(Document doc, String tag) {
    Set<String> ids = new HashSet<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(file.toFile());
  }
}
