package com.maemuki.bridgelink.tray.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tray.model.IconState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrayIconsTest {
  private static final int[] SIZES = {16, 20, 24, 32, 48};

  /** Opaque pixels (alpha at least half). */
  private static boolean[] mask(BufferedImage image) {
    int n = image.getWidth();
    boolean[] opaque = new boolean[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        opaque[y * n + x] = (image.getRGB(x, y) >>> 24) >= 128;
      }
    }
    return opaque;
  }

  @Test
  void everyStateHasItsOwnShapeAtEverySize() throws IOException {
    Path out = Path.of("target/screenshots");
    Files.createDirectories(out);
    for (int size : SIZES) {
      IconState[] states = IconState.values();
      for (int a = 0; a < states.length; a++) {
        BufferedImage imageA = TrayIcons.image(states[a], size);
        ImageIO.write(
            imageA, "png", out.resolve("icon-" + states[a] + "-" + size + ".png").toFile());
        for (int b = a + 1; b < states.length; b++) {
          boolean[] ma = mask(imageA);
          boolean[] mb = mask(TrayIcons.image(states[b], size));
          int differ = 0;
          for (int i = 0; i < ma.length; i++) {
            differ += ma[i] != mb[i] ? 1 : 0;
          }
          // In grey (no colour at all) two states still differ in at least a tenth of the pixels.
          assertThat(differ)
              .as("%s vs %s at %d px", states[a], states[b], size)
              .isGreaterThanOrEqualTo(size * size / 10);
        }
      }
    }
  }

  @Test
  void theCentrePixelIsExactlyTheStateColour() {
    for (int size : SIZES) {
      for (IconState state : IconState.values()) {
        int centre = TrayIcons.image(state, size).getRGB(size / 2, size / 2);
        assertThat(centre & 0xFFFFFF)
            .as("%s at %d px", state, size)
            .isEqualTo(TrayIcons.colour(state).getRGB() & 0xFFFFFF);
        assertThat(centre >>> 24).isEqualTo(255);
      }
    }
  }
}
