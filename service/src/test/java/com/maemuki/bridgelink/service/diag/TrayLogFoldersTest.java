package com.maemuki.bridgelink.service.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrayLogFoldersTest {
  private static final PeerIdentity ANN = new PeerIdentity("ann", "", 1000, 1000, 1, -1, List.of());
  private static final PeerIdentity NO_HOME =
      new PeerIdentity("ghost", "", 1001, 1001, 2, -1, List.of());
  private static final PeerIdentity BOB =
      new PeerIdentity("CORP\\bob", "S-1-5-21-1-2-3-1105", -1, -1, 3, 1, List.of());

  @Test
  void aUnixTraysLogIsUnderItsUsersHomeAndMustBeTheirs() {
    List<TrayLogFolder> folders =
        TrayLogFolders.of(
            List.of(ANN, NO_HOME),
            false,
            u -> u.uid() == 1000 ? Optional.of(Path.of("/home/ann")) : Optional.empty());
    assertThat(folders)
        .containsExactly(
            new TrayLogFolder("ann", Path.of("/home/ann/.local/state/bridge-link/logs"), 1000));
  }

  @Test
  void aWindowsTraysLogIsUnderItsProfilesLocalAppData() {
    List<TrayLogFolder> folders =
        TrayLogFolders.of(List.of(BOB), true, u -> Optional.of(Path.of("/profiles/bob")));
    assertThat(folders).hasSize(1);
    assertThat(folders.get(0).user()).isEqualTo("CORP_bob");
    assertThat(folders.get(0).ownerUid()).isEqualTo(-1);
    assertThat(folders.get(0).folder().toString().replace('\\', '/'))
        .isEqualTo("/profiles/bob/AppData/Local/Maemuki/BridgeLink/logs");
  }
}
