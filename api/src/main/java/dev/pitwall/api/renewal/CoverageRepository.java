package dev.pitwall.api.renewal;

import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warranties and insurances in PostgreSQL (V15 {@code coverage}). */
@Repository
class CoverageRepository {

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean subscriberExists(String subscriberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM subscriber WHERE subscriber_id = :id)").param("id", subscriberId)
                .query(Boolean.class).single();
    }

    void insert(Coverage c) {
        jdbc.sql("""
                        INSERT INTO coverage (coverage_id, subscriber_id, vin, kind, product_name, starts_on, ends_on,
                            monthly_price, currency, status)
                        VALUES (:id, :subscriber, :vin, :kind, :name, :starts, :ends, :price, :currency, :status)""")
                .param("id", c.coverageId()).param("subscriber", c.subscriberId()).param("vin", c.vin())
                .param("kind", c.kind()).param("name", c.productName()).param("starts", c.startsOn())
                .param("ends", c.endsOn()).param("price", c.monthlyPrice()).param("currency", c.currency())
                .param("status", c.status())
                .update();
    }

    Page<Coverage> findPage(Restriction access, String vin, PageQuery page) {
        String where = " FROM coverage r WHERE " + access.sql() + " AND (CAST(:vin AS text) IS NULL OR r.vin = :vin)";
        long total = access.bind(jdbc.sql("SELECT count(*)" + where)).param("vin", vin).query(Long.class).single();
        List<Coverage> items = access.bind(jdbc.sql("SELECT r.*" + where
                        + " ORDER BY r.ends_on, r.coverage_id LIMIT :limit OFFSET :offset"))
                .param("vin", vin).param("limit", page.size()).param("offset", page.offset())
                .query(CoverageRepository::coverage).list();
        return Page.of(items, page, total);
    }

    private static Coverage coverage(ResultSet rs, int row) throws SQLException {
        return new Coverage(rs.getObject("coverage_id", UUID.class), rs.getString("subscriber_id"),
                rs.getString("vin"), rs.getString("kind"), rs.getString("product_name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getBigDecimal("monthly_price"), rs.getString("currency"), rs.getString("status"));
    }
}
