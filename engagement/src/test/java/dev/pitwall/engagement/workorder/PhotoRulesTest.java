package dev.pitwall.engagement.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.workorder.PhotoRules.PhotoRefusedException;
import dev.pitwall.engagement.workorder.PhotoRules.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoRulesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P'};
    static final byte[] TEXT = "hello, I am no photo".getBytes(StandardCharsets.US_ASCII);

    final PhotoRules rules = new PhotoRules(1000, 2);

    static Refusal refusal(Runnable check) {
        try {
            check.run();
        } catch (PhotoRefusedException e) {
            return e.refusal();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void recognisesTheAcceptedFormatsByTheirMagicBytes() {
        assertThat(rules.check(500, PNG, "image/png")).isEqualTo(ImageType.PNG);
        assertThat(rules.check(500, JPEG, "image/jpeg")).isEqualTo(ImageType.JPEG);
        assertThat(rules.check(500, WEBP, "image/webp")).isEqualTo(ImageType.WEBP);
        // a generic or missing declaration is judged by the content alone
        assertThat(rules.check(500, PNG, "application/octet-stream")).isEqualTo(ImageType.PNG);
        assertThat(rules.check(1000, JPEG, null)).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.PNG.mediaType()).isEqualTo("image/png");
    }

    @Test
    void refusesTextDeclaredAsAnImageAndImagesDeclaredAsAnotherType() {
        assertThat(refusal(() -> rules.check(TEXT.length, TEXT, "image/jpeg"))).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(refusal(() -> rules.check(500, PNG, "image/jpeg"))).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(refusal(() -> rules.check(3, new byte[] {'R', 'I', 'F'}, null))).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        // RIFF but not WebP (a WAV file)
        byte[] wav = {'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'A', 'V', 'E'};
        assertThat(refusal(() -> rules.check(500, wav, "image/webp"))).isEqualTo(Refusal.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesEmptyAndOversizedFilesAndTooManyPerItem() {
        assertThat(refusal(() -> rules.check(0, new byte[0], "image/png"))).isEqualTo(Refusal.EMPTY);
        assertThatThrownBy(() -> rules.check(1001, PNG, "image/png"))
                .isInstanceOfSatisfying(PhotoRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.TOO_LARGE);
                    assertThat(e.expected()).isEqualTo("a photo of at most 1000 bytes");
                    assertThat(e.getMessage()).startsWith("Invalid 'file'").contains("1001 bytes");
                });
        rules.checkCount(1);
        assertThat(refusal(() -> rules.checkCount(2))).isEqualTo(Refusal.TOO_MANY);
    }

    @Test
    void refusesLimitsThatAdmitNothing() {
        assertThatThrownBy(() -> new PhotoRules(0, 1)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new PhotoRules(1, 0)).hasMessageContaining("positive");
    }
}
