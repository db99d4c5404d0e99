package dev.pitwall.api.poi;

import dev.pitwall.core.poi.PoiCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the POI catalog once at start-up, from {@code pitwall.pois.file} or core's sample. A bad file stops the API
 * with core's {@code InvalidPoiException} (naming the file, the entry and the field) instead of serving half a
 * catalog, the same all-or-nothing rule the stream job follows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoiProperties.class)
class PoiConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PoiConfiguration.class);

    @Bean
    PoiCatalog poiCatalog(PoiProperties properties) {
        PoiCatalog catalog = properties.filePath().map(PoiCatalog::load).orElseGet(PoiCatalog::sample);
        LOG.info("Serving {} points of interest from {}", catalog.size(), properties.filePath()
                .map(path -> "POI file " + path)
                .orElse("core's built-in sample " + PoiCatalog.SAMPLE_RESOURCE + " (invented data; set pitwall.pois.file)"));
        return catalog;
    }
}
