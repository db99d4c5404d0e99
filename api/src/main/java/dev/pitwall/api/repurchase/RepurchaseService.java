package dev.pitwall.api.repurchase;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.repurchase.HealthTrend;
import dev.pitwall.engagement.repurchase.ModelRanker;
import dev.pitwall.engagement.repurchase.RankedModel;
import dev.pitwall.engagement.repurchase.RepairCostEstimate;
import dev.pitwall.engagement.repurchase.RepairCostTable;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import dev.pitwall.engagement.repurchase.RepurchaseSignals;
import dev.pitwall.engagement.repurchase.RepurchaseTiming;
import dev.pitwall.engagement.repurchase.SubscriptionTerm;
import dev.pitwall.engagement.repurchase.TimingAssessment;
import dev.pitwall.engagement.repurchase.UsageProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Repurchase recommendations: reads a vehicle's facts, turns them into engagement's signals, and asks
 * {@link RepurchaseTiming} when and {@link ModelRanker} what; adds the dealers for a test drive. "Today" is the
 * API's clock in UTC; the health trend is measured in event time, back from the vehicle's newest message.
 */
@Service
class RepurchaseService {

    private static final Comparator<Scored> HIGHEST_FIRST = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.facts().vin());

    private final RepurchaseRepository repository;
    private final VehicleAccess access;
    private final RepurchaseTiming timing;
    private final ModelRanker ranker;
    private final RepairCostTable costs;
    private final TestDriveDealers dealers;
    private final RepurchaseProperties properties;
    private final Clock clock;

    RepurchaseService(RepurchaseRepository repository, VehicleAccess access, RepurchaseTiming timing,
            ModelRanker ranker, RepairCostTable costs, TestDriveDealers dealers, RepurchaseProperties properties,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timing = timing;
        this.ranker = ranker;
        this.costs = costs;
        this.dealers = dealers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The recommendation for {@code vin}; empty when the vehicle never reported or the caller may not see it, the two
     * answered alike so that a subscriber learns nothing about other people's VINs.
     */
    Optional<RepurchaseRecommendation> recommendation(Caller caller, String vin) {
        if (!access.permitsMarketingData(caller, vin)) {
            return Optional.empty();
        }
        LocalDate today = today();
        return repository.findVehicle(vin, window()).map(facts -> recommend(facts, today));
    }

    /**
     * Every subscribed vehicle scored, highest first (ties by VIN), optionally only those of some bands, one page of
     * them. Scoring is per vehicle in Java over one query's rows: linear in the subscribed fleet on every call
     * (docs/repurchase.md gives the cost); the best model is ranked for the page's vehicles only.
     */
    Page<RepurchaseCandidate> candidates(Set<RepurchaseBand> bands, PageQuery page) {
        LocalDate today = today();
        List<Scored> all = new ArrayList<>();
        for (VehicleFacts facts : repository.findSubscribedVehicles(window())) {
            TimingAssessment assessment = timing.assess(signals(facts, today));
            if (bands.isEmpty() || bands.contains(assessment.band())) {
                all.add(new Scored(facts, assessment.score()));
            }
        }
        all.sort(HIGHEST_FIRST);
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        List<RepurchaseCandidate> items = all.subList(from, to).stream().map(scored -> {
            VehicleFacts facts = scored.facts();
            RepurchaseSignals signals = signals(facts, today);
            return RepurchaseCandidate.of(facts.vin(), timing.assess(signals), facts.plan(), facts.subscriptionEndsOn(),
                    ranker.rank(signals, 1).get(0));
        }).toList();
        return Page.of(items, page, all.size());
    }

    private RepurchaseRecommendation recommend(VehicleFacts facts, LocalDate today) {
        RepurchaseSignals signals = signals(facts, today);
        TimingAssessment assessment = timing.assess(signals);
        List<RankedModel> ranked = ranker.rank(signals, properties.topModels());
        List<RecommendedModel> models = new ArrayList<>();
        for (RankedModel model : ranked) {
            Dealer dealer = facts.hasPosition() ? dealers.nearestOf(model.model().brand(), facts.latitude(),
                    facts.longitude()).orElse(null) : null;
            models.add(RecommendedModel.of(models.size() + 1, model, ranker.catalog().currency(), dealer));
        }
        List<Dealer> nearest = facts.hasPosition() ? dealers.nearest(facts.latitude(), facts.longitude()) : List.of();
        return new RepurchaseRecommendation(facts.vin(), today, RepurchaseRecommendation.Timing.of(assessment,
                timing.rules()), RepurchaseRecommendation.Signals.of(signals), models, nearest);
    }

    private RepurchaseSignals signals(VehicleFacts f, LocalDate today) {
        HealthTrend trend = f.baselineScore() == null ? null
                : HealthTrend.of(f.baselineScore(), f.baselineTime(), f.healthScore(), f.lastEventTime(), window());
        RepairCostEstimate cost = f.probabilities().isEmpty() ? RepairCostEstimate.none(costs.currency())
                : costs.estimate(f.probabilities());
        UsageProfile usage = f.hasProfile() ? new UsageProfile(f.kmPerDay() == null ? 0 : f.kmPerDay(),
                Set.copyOf(f.attributes()), f.drivingScore()) : null;
        SubscriptionTerm term = f.plan() == null ? null : SubscriptionTerm.of(f.plan(), f.subscriptionEndsOn(), today,
                properties.planPrice(f.plan()).orElse(null));
        return RepurchaseSignals.of(f.vin(), today, f.odometerKm(), f.healthScore(), trend, cost, usage,
                ranker.catalog().currentVehicle(f.vin()).orElse(null), term);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Duration window() {
        return properties.healthTrendWindow();
    }

    /** A vehicle's facts and score, all the candidate list keeps per vehicle until it knows the page. */
    private record Scored(VehicleFacts facts, int score) {
    }
}
