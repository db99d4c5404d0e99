package dev.pitwall.api.campaign;

import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.engagement.campaign.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link Segment} as SQL over the audience: one row per active subscription ({@code s}), with the vehicle's state
 * ({@code vs}), driving profile ({@code vp}) and consent ({@code mc}) joined. Every value is a bound parameter; only
 * fixed column expressions are written into the text.
 */
final class SegmentSql {

    static final String AUDIENCE = """
             FROM subscription s
             LEFT JOIN vehicle_state vs ON vs.vin = s.vin
             LEFT JOIN vehicle_profile vp ON vp.vin = s.vin
             LEFT JOIN marketing_consent mc ON mc.vin = s.vin
            WHERE s.status = 'ACTIVE'""";

    /** "Open" as a campaign means it: nobody has booked or closed it yet. */
    static final String OPEN_LEAD = "l.status IN ('OPEN', 'CONTACTED')";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SegmentSql() {
    }

    /** The WHERE conditions of {@code segment}, appended to {@link #AUDIENCE}; {@code today} for day counts. */
    static SegmentSql of(Segment segment, LocalDate today) {
        SegmentSql sql = new SegmentSql();
        if (segment.modelYears() != null) {
            sql.range("pitwall_model_year(s.vin)", "modelYear", segment.modelYears().min(), segment.modelYears().max());
        }
        sql.anyOf("substr(s.vin, 1, 3)", "wmis", segment.wmis());
        sql.anyOf("s.plan", "plans", segment.plans());
        sql.anyOf("vs.health_band", "healthBands", segment.healthBands());
        if (segment.healthScore() != null) {
            sql.range("vs.health_score", "healthScore", segment.healthScore().min(), segment.healthScore().max());
        }
        if (segment.kmPerDay() != null) {
            sql.range("CAST(vp.details ->> 'kmPerDay' AS double precision)", "kmPerDay", segment.kmPerDay().min(),
                    segment.kmPerDay().max());
        }
        if (segment.drivingScore() != null) {
            sql.range("vp.overall_score", "drivingScore", segment.drivingScore().min(), segment.drivingScore().max());
        }
        for (int i = 0; i < segment.profileAttributes().size(); i++) {
            sql.conditions.add(":attribute" + i + " = ANY (vp.attributes)");
            sql.parameters.put("attribute" + i, segment.profileAttributes().get(i));
        }
        if (!segment.openLeadReasons().isEmpty()) {
            sql.conditions.add("EXISTS (SELECT 1 FROM service_lead l WHERE l.vin = s.vin AND " + OPEN_LEAD
                    + " AND l.reason IN (:leadReasons))");
            sql.parameters.put("leadReasons", segment.openLeadReasons());
        }
        if (segment.near() != null) {
            // haversine on the same sphere as core's GeoMath, so that the API's "near" and the stream's agree
            sql.conditions.add("vs.latitude IS NOT NULL AND 2 * " + GeoMath.EARTH_RADIUS_KM + " * asin(least(1, sqrt("
                    + "power(sin(radians(vs.latitude - :nearLat) / 2), 2) + cos(radians(:nearLat))"
                    + " * cos(radians(vs.latitude)) * power(sin(radians(vs.longitude - :nearLon) / 2), 2))))"
                    + " <= :nearKm");
            sql.parameters.put("nearLat", segment.near().latitude());
            sql.parameters.put("nearLon", segment.near().longitude());
            sql.parameters.put("nearKm", segment.near().radiusKm());
        }
        if (segment.subscriptionEndsWithinDays() != null) {
            sql.conditions.add("s.ends_on <= :endsBy");
            sql.parameters.put("endsBy", today.plusDays(segment.subscriptionEndsWithinDays()));
        }
        if (segment.locationConsent() != null) {
            sql.conditions.add(segment.locationConsent() ? "mc.granted IS TRUE" : "mc.granted IS NOT TRUE");
        }
        return sql;
    }

    /** {@code " AND cond AND cond"}, or nothing for everyone. */
    String where() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters);
    }

    private void range(String column, String name, Number min, Number max) {
        if (min != null) {
            conditions.add(column + " >= :" + name + "Min");
            parameters.put(name + "Min", min);
        }
        if (max != null) {
            conditions.add(column + " <= :" + name + "Max");
            parameters.put(name + "Max", max);
        }
    }

    private void anyOf(String column, String name, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (:" + name + ")");
            parameters.put(name, values);
        }
    }
}
