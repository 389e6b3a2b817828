package com.maemuki.bridgelink.ipc.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/ipc-contract.md's field reference is the contract's records, rendered. After changing a
 * record, regenerate the section with {@code -Dcontract.doc.write=true}.
 */
class IpcContractDocTest {
  private static final Path DOC = Path.of("..", "docs", "ipc-contract.md");

  @Test
  void theDocumentedFieldReferenceIsTheContract() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(ContractReference.BEGIN);
    int end = doc.indexOf(ContractReference.END);
    assertThat(begin).as("the generated section's begin marker").isNotNegative();
    assertThat(end).as("the generated section's end marker").isGreaterThan(begin);
    String documented = doc.substring(begin + ContractReference.BEGIN.length(), end).strip();
    String generated = ContractReference.render().strip();
    if (Boolean.getBoolean("contract.doc.write") && !documented.equals(generated)) {
      Files.writeString(
          DOC,
          doc.substring(0, begin + ContractReference.BEGIN.length())
              + "\n"
              + generated
              + "\n"
              + doc.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(documented).isEqualTo(generated);
  }

  @Test
  void everyMethodAndEventIsNamedInTheProse() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String prose = doc.substring(0, doc.indexOf(ContractReference.BEGIN));
    for (IpcMethod method : IpcMethod.values()) {
      assertThat(prose).contains("`" + method.wireName() + "`");
    }
    for (IpcEvent event : IpcEvent.values()) {
      assertThat(prose).contains("`" + event.wireName() + "`");
    }
  }
}
