package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsentPolicyTest {

    @ParameterizedTest
    @EnumSource(Channel.class)
    void sendsServiceMessagesToASubscriberWhoChoseNothing(Channel channel) {
        assertThat(ConsentPolicy.suppression(ChannelPreferences.none(), Purpose.SERVICE, channel, true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void suppressesMarketingWithoutAnOptIn(Channel channel) {
        assertThat(ConsentPolicy.suppression(ChannelPreferences.none(), Purpose.MARKETING, channel, true))
                .contains(SuppressionReason.NO_CONSENT);
    }

    @Test
    void sendsMarketingOnlyOnTheChannelOptedInTo() {
        ChannelPreferences preferences = ChannelPreferences.of(List.of(
                new Preference(Channel.EMAIL, Purpose.MARKETING, true)));

        assertThat(ConsentPolicy.suppression(preferences, Purpose.MARKETING, Channel.EMAIL, true)).isEmpty();
        assertThat(ConsentPolicy.suppression(preferences, Purpose.MARKETING, Channel.IN_APP, true))
                .contains(SuppressionReason.NO_CONSENT);
    }

    @Test
    void honoursAnOptOutOfServiceMessagesOnThatChannelOnly() {
        ChannelPreferences preferences = ChannelPreferences.of(List.of(
                new Preference(Channel.EMAIL, Purpose.SERVICE, false)));

        assertThat(ConsentPolicy.suppression(preferences, Purpose.SERVICE, Channel.EMAIL, true))
                .contains(SuppressionReason.UNSUBSCRIBED);
        assertThat(ConsentPolicy.suppression(preferences, Purpose.SERVICE, Channel.IN_APP, true)).isEmpty();
    }

    @Test
    void letsTheLaterOfTwoChoicesWin() {
        ChannelPreferences preferences = ChannelPreferences.of(List.of(
                new Preference(Channel.EMAIL, Purpose.MARKETING, true),
                new Preference(Channel.EMAIL, Purpose.MARKETING, false)));

        assertThat(ConsentPolicy.suppression(preferences, Purpose.MARKETING, Channel.EMAIL, true))
                .contains(SuppressionReason.UNSUBSCRIBED);
    }

    @Test
    void namesTheSubscribersWillBeforeAMissingAddress() {
        ChannelPreferences optedOut = ChannelPreferences.of(List.of(
                new Preference(Channel.WEBHOOK, Purpose.SERVICE, false)));

        assertThat(ConsentPolicy.suppression(optedOut, Purpose.SERVICE, Channel.WEBHOOK, false))
                .contains(SuppressionReason.UNSUBSCRIBED);
        assertThat(ConsentPolicy.suppression(ChannelPreferences.none(), Purpose.MARKETING, Channel.WEBHOOK, false))
                .contains(SuppressionReason.NO_CONSENT);
        assertThat(ConsentPolicy.suppression(ChannelPreferences.none(), Purpose.SERVICE, Channel.WEBHOOK, false))
                .isEqualTo(Optional.of(SuppressionReason.NO_ADDRESS));
    }

    @Test
    void reportsWhatHoldsWithoutAChoice() {
        assertThat(ConsentPolicy.allowedWithoutChoice(Purpose.SERVICE)).isTrue();
        assertThat(ConsentPolicy.allowedWithoutChoice(Purpose.MARKETING)).isFalse();
        assertThat(ConsentPolicy.allows(ChannelPreferences.none(), Purpose.MARKETING, Channel.IN_APP)).isFalse();
    }
}
