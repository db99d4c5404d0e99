package dev.pitwall.core.servicebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceBookEvaluatorTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final VehicleReading FIRST = new VehicleReading(T0, 10_000.0, 200.0);

    /** 15,000 km / 12 months / 500 h; due soon 1,500 km or 30 days before, or 10 % (50 h) of the hours. */
    static final ScheduledItem OIL = new ScheduledItem(ServiceItem.OIL_SERVICE, 15_000.0, 12, 500.0,
            1_500.0, 30, null, 0.1);
    /** 10,000 km only, due soon within 10 % (1,000 km). */
    static final ScheduledItem TIRES = new ScheduledItem(ServiceItem.TIRE_ROTATION, 10_000.0, null, null,
            null, null, null, 0.1);
    /** 12 months only, due soon within 10 % of the year (36.5 days). */
    static final ScheduledItem INSPECTION = new ScheduledItem(ServiceItem.ANNUAL_INSPECTION, null, 12, null,
            null, null, null, 0.1);
    static final ServiceSchedule SCHEDULE = new ServiceSchedule("test", "Test car", List.of("WVW"),
            ModelYearRange.ANY, List.of(OIL, TIRES, INSPECTION));

    static ItemStatus oil(VehicleReading current, Instant asOf, ServiceRecord... records) {
        return ServiceBookEvaluator.evaluate(SCHEDULE, List.of(records), FIRST, current, asOf).stream()
                .filter(s -> s.item() == ServiceItem.OIL_SERVICE).findFirst().orElseThrow();
    }

    static VehicleReading at(Instant time, double km, double hours) {
        return new VehicleReading(time, km, hours);
    }

    @Test
    void distanceDecidesWhenItsMarginIsReachedFirst() {
        Instant now = T0.plus(Duration.ofDays(30));

        ItemStatus status = oil(at(now, 23_500, 300), now);

        assertThat(status.state()).isEqualTo(ItemState.DUE_SOON);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.DISTANCE);
        assertThat(status.due().odometerKm()).isEqualTo(25_000.0);
        assertThat(status.remaining().km()).isEqualTo(1_500.0); // exactly the margin: due soon
        assertThat(status.due().engineHours()).isEqualTo(700.0);
        assertThat(status.remaining().engineHours()).isEqualTo(400.0);
        assertThat(status.due().time()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(status.remaining().time()).isEqualTo(Duration.ofDays(335));
        assertThat(status.remainingShare()).isEqualTo(0.1);
        assertThat(status.notEvaluated()).isEmpty();
    }

    @Test
    void timeDecidesOnceWithinItsDays() {
        Instant now = Instant.parse("2026-12-02T00:00:00Z"); // 30 days before the year is up

        ItemStatus status = oil(at(now, 12_000, 250), now);

        assertThat(status.state()).isEqualTo(ItemState.DUE_SOON);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.TIME);
        assertThat(status.remaining().time()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void engineHoursDecideForAVehicleThatIdlesALot() {
        Instant now = T0.plus(Duration.ofDays(60));

        ItemStatus status = oil(at(now, 15_000, 650), now);

        assertThat(status.state()).isEqualTo(ItemState.DUE_SOON);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.ENGINE_HOURS);
        assertThat(status.remaining().engineHours()).isEqualTo(50.0); // the 10 % margin of 500 h
    }

    @Test
    void justOutsideEveryMarginIsOk() {
        Instant now = T0.plus(Duration.ofDays(30));

        ItemStatus kmOutside = oil(at(now, 23_499, 640), now);
        ItemStatus hoursOutside = oil(at(now, 23_000, 649), now);

        assertThat(kmOutside.state()).isEqualTo(ItemState.OK);
        assertThat(kmOutside.decidingLimit()).isEqualTo(ServiceLimit.DISTANCE); // 1,501 of 15,000 km: the least left
        assertThat(hoursOutside.state()).isEqualTo(ItemState.OK);
        assertThat(hoursOutside.decidingLimit()).isEqualTo(ServiceLimit.ENGINE_HOURS); // 51 of 500 h: the least left
    }

    @Test
    void reachingALimitMakesTheItemOverdue() {
        Instant now = T0.plus(Duration.ofDays(100));

        ItemStatus reached = oil(at(now, 25_000, 300), now);
        ItemStatus passed = oil(at(now, 26_000, 300), now);

        assertThat(reached.state()).isEqualTo(ItemState.OVERDUE);
        assertThat(reached.remaining().km()).isEqualTo(0.0);
        assertThat(passed.state()).isEqualTo(ItemState.OVERDUE);
        assertThat(passed.remaining().km()).isEqualTo(-1_000.0);
        assertThat(passed.remainingShare()).isLessThan(0);
    }

    @Test
    void timeOverdueCountsFromTheDueInstant() {
        Instant now = Instant.parse("2027-01-11T00:00:00Z");

        ItemStatus status = oil(at(now, 12_000, 250), now);

        assertThat(status.state()).isEqualTo(ItemState.OVERDUE);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.TIME);
        assertThat(status.remaining().time()).isEqualTo(Duration.ofDays(-10));
    }

    @Test
    void theMoreUrgentStateWinsOverTheSmallerShareLeft() {
        // distance: 500 of 10,000 km left (5 %) but its explicit margin is 100 km: OK;
        // time: 30 of 365 days left (8 %) within the 10 % margin: due soon, so time decides
        ScheduledItem tires = new ScheduledItem(ServiceItem.TIRE_ROTATION, 10_000.0, 12, null, 100.0, null, null, 0.1);
        Instant now = Instant.parse("2026-12-02T00:00:00Z");

        ItemStatus status = ServiceBookEvaluator.evaluate(tires, ServiceBasis.firstReport(FIRST),
                at(now, 19_500, 0), now);

        assertThat(status.state()).isEqualTo(ItemState.DUE_SOON);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.TIME);
    }

    @Test
    void ofTwoOverdueLimitsTheOneFurtherPastItsIntervalDecides() {
        Instant now = Instant.parse("2027-02-01T00:00:00Z"); // 31 days past the year: -8.5 % of it

        ItemStatus status = oil(at(now, 25_100, 300), now); // 100 km past 15,000: -0.7 %

        assertThat(status.state()).isEqualTo(ItemState.OVERDUE);
        assertThat(status.decidingLimit()).isEqualTo(ServiceLimit.TIME);
    }

    @Test
    void fractionMarginAppliesToTheActualLengthOfTheMonths() {
        Instant now = Instant.parse("2026-11-25T00:00:00Z"); // 37 days before 2027-01-01: just outside 36.5 days
        Instant later = Instant.parse("2026-11-26T00:00:00Z"); // 36 days before

        List<ItemStatus> before = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(), FIRST, at(now, 10_000, 200), now);
        List<ItemStatus> after = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(), FIRST, at(later, 10_000, 200),
                later);

        assertThat(state(before, ServiceItem.ANNUAL_INSPECTION)).isEqualTo(ItemState.OK);
        assertThat(state(after, ServiceItem.ANNUAL_INSPECTION)).isEqualTo(ItemState.DUE_SOON);
    }

    @Test
    void calendarMonthsEndOnTheLastDayOfAShortMonth() {
        ScheduledItem monthly = new ScheduledItem(ServiceItem.BATTERY_CHECK, null, 1, null, null, null, null, 0.1);
        ServiceBasis basis = new ServiceBasis(ServiceBasis.Kind.LAST_SERVICE, Instant.parse("2026-01-31T10:00:00Z"),
                1.0, null);

        ItemStatus status = ServiceBookEvaluator.evaluate(monthly, basis, at(T0, 1, 1), T0);

        assertThat(status.due().time()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    @Test
    void withoutARecordItemsCountFromTheFirstReport() {
        Instant now = T0.plus(Duration.ofDays(10));

        ItemStatus status = oil(at(now, 11_000, 220), now);

        assertThat(status.basis()).isEqualTo(new ServiceBasis(ServiceBasis.Kind.FIRST_REPORT, T0, 10_000.0, 200.0));
        assertThat(status.due().odometerKm()).isEqualTo(25_000.0);
    }

    @Test
    void aServiceResetsOnlyItsOwnItems() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        VehicleReading current = at(now, 24_000, 480);
        ServiceRecord oilChange = new ServiceRecord(ServiceItem.OIL_SERVICE, now.minus(Duration.ofDays(1)), 23_900,
                478.0);

        List<ItemStatus> before = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(), FIRST, current, now);
        List<ItemStatus> after = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(oilChange), FIRST, current, now);

        assertThat(state(before, ServiceItem.OIL_SERVICE)).isEqualTo(ItemState.DUE_SOON);
        assertThat(state(after, ServiceItem.OIL_SERVICE)).isEqualTo(ItemState.OK);
        ItemStatus oil = status(after, ServiceItem.OIL_SERVICE);
        assertThat(oil.basis().kind()).isEqualTo(ServiceBasis.Kind.LAST_SERVICE);
        assertThat(oil.due().odometerKm()).isEqualTo(38_900.0);
        assertThat(oil.due().engineHours()).isEqualTo(978.0);
        assertThat(oil.due().time()).isEqualTo(Instant.parse("2027-10-31T00:00:00Z"));
        // the tyres were not rotated: still overdue from the first report, 14,000 km on
        assertThat(status(before, ServiceItem.TIRE_ROTATION)).isEqualTo(status(after, ServiceItem.TIRE_ROTATION));
        assertThat(state(after, ServiceItem.TIRE_ROTATION)).isEqualTo(ItemState.OVERDUE);
        assertThat(status(after, ServiceItem.TIRE_ROTATION).basis().kind()).isEqualTo(ServiceBasis.Kind.FIRST_REPORT);
        assertThat(status(before, ServiceItem.ANNUAL_INSPECTION)).isEqualTo(status(after, ServiceItem.ANNUAL_INSPECTION));
    }

    @Test
    void theNewestRecordOfAnItemIsItsBasisWhateverTheOrder() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        ServiceRecord older = new ServiceRecord(ServiceItem.OIL_SERVICE, Instant.parse("2026-03-01T00:00:00Z"), 14_000,
                null);
        ServiceRecord newer = new ServiceRecord(ServiceItem.OIL_SERVICE, Instant.parse("2026-09-01T00:00:00Z"), 21_000,
                400.0);

        ItemStatus a = oil(at(now, 24_000, 480), now, older, newer);
        ItemStatus b = oil(at(now, 24_000, 480), now, newer, older);

        assertThat(a).isEqualTo(b);
        assertThat(a.basis().time()).isEqualTo(newer.performedAt());
        assertThat(a.due().odometerKm()).isEqualTo(36_000.0);
    }

    @Test
    void recordsOfItemsTheScheduleDoesNotTrackAreIgnored() {
        ServiceRecord plugs = new ServiceRecord(ServiceItem.SPARK_PLUGS, T0, 10_000, null);

        List<ItemStatus> statuses = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(plugs), FIRST, at(T0, 10_000, 200),
                T0);

        assertThat(statuses).extracting(ItemStatus::item).containsExactlyInAnyOrder(ServiceItem.OIL_SERVICE,
                ServiceItem.TIRE_ROTATION, ServiceItem.ANNUAL_INSPECTION);
    }

    @Test
    void aLimitWithoutTheReadingItNeedsIsNotEvaluated() {
        VehicleReading firstWithoutOdometer = new VehicleReading(T0, null, 200.0);
        Instant now = T0.plus(Duration.ofDays(10));
        VehicleReading noEngineHours = new VehicleReading(now, 12_000.0, null);

        List<ItemStatus> statuses = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(), firstWithoutOdometer,
                noEngineHours, now);

        ItemStatus oil = status(statuses, ServiceItem.OIL_SERVICE);
        assertThat(oil.notEvaluated()).containsExactlyInAnyOrder(ServiceLimit.DISTANCE, ServiceLimit.ENGINE_HOURS);
        assertThat(oil.state()).isEqualTo(ItemState.OK);
        assertThat(oil.decidingLimit()).isEqualTo(ServiceLimit.TIME);
        assertThat(oil.due().odometerKm()).isNull();
        assertThat(oil.remaining().engineHours()).isNull();
        ItemStatus tires = status(statuses, ServiceItem.TIRE_ROTATION);
        assertThat(tires.state()).isEqualTo(ItemState.UNKNOWN);
        assertThat(tires.decidingLimit()).isNull();
        assertThat(tires.remainingShare()).isNull();
    }

    @Test
    void aServiceRecordedWithoutEngineHoursLeavesThatLimitUnevaluatedUntilTheNext() {
        Instant now = T0.plus(Duration.ofDays(10));
        ServiceRecord withoutHours = new ServiceRecord(ServiceItem.OIL_SERVICE, T0.plus(Duration.ofDays(5)), 10_500,
                null);

        ItemStatus status = oil(at(now, 11_000, 900), now, withoutHours);

        assertThat(status.notEvaluated()).containsExactly(ServiceLimit.ENGINE_HOURS);
        assertThat(status.state()).isEqualTo(ItemState.OK);
    }

    @Test
    void listsTheMostUrgentItemsFirst() {
        Instant now = Instant.parse("2026-11-26T00:00:00Z");

        List<ItemStatus> statuses = ServiceBookEvaluator.evaluate(SCHEDULE, List.of(), FIRST, at(now, 20_500, 300),
                now);

        // tyres overdue (10,500 of 10,000 km), inspection due soon (36 days), oil OK (4,500 km left)
        assertThat(statuses).extracting(ItemStatus::item).containsExactly(ServiceItem.TIRE_ROTATION,
                ServiceItem.ANNUAL_INSPECTION, ServiceItem.OIL_SERVICE);
        assertThat(statuses).extracting(ItemStatus::state).containsExactly(ItemState.OVERDUE, ItemState.DUE_SOON,
                ItemState.OK);
    }

    private static ItemStatus status(List<ItemStatus> statuses, ServiceItem item) {
        return statuses.stream().filter(s -> s.item() == item).findFirst().orElseThrow();
    }

    private static ItemState state(List<ItemStatus> statuses, ServiceItem item) {
        return status(statuses, item).state();
    }
}
