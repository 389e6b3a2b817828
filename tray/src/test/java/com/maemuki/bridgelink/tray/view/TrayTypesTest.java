package com.maemuki.bridgelink.tray.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tray.model.IconState;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TrayTypesTest {

  @Test
  void neverAutoDetect() {
    assertThat(TrayTypes.forOs("Windows 11")).isEqualTo("WindowsNative");
    assertThat(TrayTypes.forOs("Windows 10")).isEqualTo("WindowsNative");
    assertThat(TrayTypes.forOs("Linux")).isEqualTo("AppIndicator");
    assertThat(TrayViews.defaultKind("Windows 11")).isEqualTo("awt");
    assertThat(TrayViews.defaultKind("Linux")).isEqualTo("dorkbox");
  }

  @Test
  void iconsHaveTheirStateColourAtTheCentreAndAreTransparentAtTheCorner() {
    for (IconState state : IconState.values()) {
      BufferedImage image = TrayIcons.image(state, 24);
      assertThat(image.getRGB(12, 12)).isEqualTo(TrayIcons.colour(state).getRGB());
      assertThat(image.getRGB(0, 0) >>> 24).isZero();
    }
    assertThat(TrayIcons.colour(IconState.OK)).isNotEqualTo(TrayIcons.colour(IconState.DEGRADED));
  }
}
