package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.ChannelPreferences;
import dev.pitwall.engagement.delivery.Preference;
import dev.pitwall.engagement.delivery.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code notification_preference} and its append-only history (V14). A choice that repeats the current one is not
 * stored again, so the history records changes only.
 */
class PreferenceRepository {

    static final String COLUMNS = "subscriber_id, channel, purpose, opted_in, source, changed_at";

    static final String LIST_SQL = "SELECT " + COLUMNS + " FROM notification_preference WHERE subscriber_id = :id"
            + " ORDER BY channel, purpose";

    static final String LIST_MANY_SQL = "SELECT " + COLUMNS
            + " FROM notification_preference WHERE subscriber_id IN (:ids)";

    /** Changes the row only when the choice differs; RETURNING then yields the new row. */
    static final String UPSERT_SQL = """
            INSERT INTO notification_preference (subscriber_id, channel, purpose, opted_in, source)
            VALUES (:id, :channel, :purpose, :optedIn, :source)
            ON CONFLICT (subscriber_id, channel, purpose) DO UPDATE
                SET opted_in = EXCLUDED.opted_in, source = EXCLUDED.source, changed_at = now()
                WHERE notification_preference.opted_in IS DISTINCT FROM EXCLUDED.opted_in
            RETURNING changed_at""";

    static final String HISTORY_SQL = """
            INSERT INTO notification_preference_history (subscriber_id, channel, purpose, opted_in, source,
                recorded_by)
            VALUES (:id, :channel, :purpose, :optedIn, :source, :recordedBy)""";

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredPreference> list(String subscriberId) {
        return jdbc.sql(LIST_SQL).param("id", subscriberId).query((rs, i) -> stored(rs)).list();
    }

    ChannelPreferences find(String subscriberId) {
        return ChannelPreferences.of(list(subscriberId).stream().map(StoredPreference::preference).toList());
    }

    /** The choices of each of {@code subscriberIds}; one without any is missing from the map. */
    Map<String, ChannelPreferences> findAll(Collection<String> subscriberIds) {
        if (subscriberIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Preference>> bySubscriber = new HashMap<>();
        jdbc.sql(LIST_MANY_SQL).param("ids", List.copyOf(subscriberIds))
                .query((rs, i) -> bySubscriber.computeIfAbsent(rs.getString("subscriber_id"), k -> new ArrayList<>())
                        .add(stored(rs).preference()))
                .list();
        return bySubscriber.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ChannelPreferences.of(e.getValue())));
    }

    /**
     * Makes {@code preference} the subscriber's choice, with a history entry, unless it already is.
     *
     * @return the stored choice when it changed, empty when it was already so
     */
    Optional<StoredPreference> set(String subscriberId, Preference preference, PreferenceSource source,
            String recordedBy) {
        Optional<OffsetDateTime> changed = jdbc.sql(UPSERT_SQL)
                .param("id", subscriberId)
                .param("channel", preference.channel().name())
                .param("purpose", preference.purpose().name())
                .param("optedIn", preference.optedIn())
                .param("source", source.name())
                .query(OffsetDateTime.class)
                .optional();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql(HISTORY_SQL)
                .param("id", subscriberId)
                .param("channel", preference.channel().name())
                .param("purpose", preference.purpose().name())
                .param("optedIn", preference.optedIn())
                .param("source", source.name())
                .param("recordedBy", recordedBy)
                .update();
        return Optional.of(new StoredPreference(preference, source, changed.get().toInstant()));
    }

    private static StoredPreference stored(ResultSet rs) throws SQLException {
        Preference preference = new Preference(Channel.valueOf(rs.getString("channel")),
                Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("opted_in"));
        return new StoredPreference(preference, PreferenceSource.valueOf(rs.getString("source")),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
