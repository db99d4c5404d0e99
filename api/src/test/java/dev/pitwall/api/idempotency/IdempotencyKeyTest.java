package dev.pitwall.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.web.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"4f9d6c1e-2b7a-4e3f-8a5d-1c0b9e8f7a6d", "a", "order#17/retry~1"})
    void acceptsVisibleAsciiKeys(String key) {
        assertThat(IdempotencyKey.of(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "schlüssel", "tab\tinside"})
    void rejectsKeysAClientCouldNotRepeatReliablyNamingTheHeader(String key) {
        assertThatThrownBy(() -> IdempotencyKey.of(key))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("Idempotency-Key");
                    assertThat(e.expected()).contains("1 to 255 visible ASCII characters");
                });
    }

    @Test
    void aMissingHeaderIsNamedAsSuch() {
        assertThatThrownBy(() -> IdempotencyKey.of(null))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.actual()).isEqualTo("no header"));
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void sameRequestsHashAlikeAndOthersDoNot() {
        assertThat(IdempotentRequests.sha256("{\"a\":1}")).isEqualTo(IdempotentRequests.sha256("{\"a\":1}"))
                .isNotEqualTo(IdempotentRequests.sha256("{\"a\":2}")).hasSize(32);
    }
}
