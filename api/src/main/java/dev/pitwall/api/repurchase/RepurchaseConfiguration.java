package dev.pitwall.api.repurchase;

import dev.pitwall.engagement.repurchase.ModelCatalog;
import dev.pitwall.engagement.repurchase.ModelRanker;
import dev.pitwall.engagement.repurchase.RankingRules;
import dev.pitwall.engagement.repurchase.RepairCostTable;
import dev.pitwall.engagement.repurchase.RepurchaseTiming;
import dev.pitwall.engagement.repurchase.TimingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * engagement's repurchase scoring, configured: the model catalog (loaded and validated at start-up, so a bad file
 * stops the API instead of recommending half a catalog), the repair cost table, the timing and the ranking rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RepurchaseProperties.class)
class RepurchaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RepurchaseConfiguration.class);

    @Bean
    ModelCatalog modelCatalog(RepurchaseProperties properties) {
        ModelCatalog catalog = properties.catalogPath().map(ModelCatalog::load).orElseGet(ModelCatalog::sample);
        if (!catalog.currency().equals(properties.currency())) {
            throw new IllegalStateException("pitwall.repurchase.currency is " + properties.currency()
                    + " but the model catalog's prices are in " + catalog.currency() + ": expected one currency");
        }
        LOG.info("Recommending {} models from {}", catalog.models().size(), properties.catalogPath()
                .map(path -> "model catalog " + path)
                .orElse("engagement's built-in sample " + ModelCatalog.SAMPLE_RESOURCE
                        + " (invented data; set pitwall.repurchase.catalog-file)"));
        return catalog;
    }

    @Bean
    RepairCostTable repairCostTable(RepurchaseProperties properties) {
        try {
            return new RepairCostTable(properties.repairCosts(), properties.currency());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pitwall.repurchase: " + e.getMessage(), e);
        }
    }

    @Bean
    RepurchaseTiming repurchaseTiming(RepurchaseProperties properties) {
        try {
            return new RepurchaseTiming(TimingRules.DEFAULTS.withBands(properties.bands().considerFrom(),
                    properties.bands().readyFrom()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pitwall.repurchase." + e.getMessage(), e);
        }
    }

    @Bean
    ModelRanker modelRanker(ModelCatalog catalog) {
        return new ModelRanker(catalog, RankingRules.DEFAULTS);
    }
}
