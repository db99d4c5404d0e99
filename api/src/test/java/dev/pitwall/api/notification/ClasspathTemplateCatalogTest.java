package dev.pitwall.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.delivery.MessageTemplate;
import dev.pitwall.engagement.delivery.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClasspathTemplateCatalogTest {

    final ClasspathTemplateCatalog catalog = new ClasspathTemplateCatalog(getClass().getClassLoader());

    @Test
    void readsTheSubjectFromTheFirstLineAndTheBodyAfterTheEmptyLine() {
        MessageTemplate template = catalog.find("service-due-prompt").orElseThrow();

        assertThat(template.subject()).isEqualTo("{{serviceName}} due for your {{vehicleName}}");
        assertThat(template.body()).startsWith("Hello {{subscriber.name}},\n").contains("{{deepLink}}");
    }

    @Test
    void rendersEveryShippedTemplateWithTheValuesItsCallersPass() {
        TemplateRenderer renderer = new TemplateRenderer();
        Map<String, Object> standard = Map.of("subscriber", Map.of("name", "Anna"), "deepLink", "https://x.test/1");

        assertThat(renderer.render(catalog.find("service-due-prompt").orElseThrow(), merge(standard,
                Map.of("serviceName", "Oil service", "vehicleName", "Golf", "evidence", "due in 600 km")))
                .subject()).isEqualTo("Oil service due for your Golf");
        assertThat(renderer.render(catalog.find("campaign-message").orElseThrow(), merge(standard,
                Map.of("headline", "Winter tyres", "text", "Book now."))).body())
                .isEqualTo("Hello Anna,\n\nBook now.\n\nhttps://x.test/1\n");
    }

    @Test
    void findsNothingOutsideItsFolderOrUnderAnUnknownId() {
        assertThat(catalog.find("../application")).isEmpty();
        assertThat(catalog.find("no-such-template")).isEmpty();
    }

    @Test
    void refusesATemplateWithoutTheEmptyLineAfterTheSubject() {
        assertThatThrownBy(() -> ClasspathTemplateCatalog.parse("broken", "notification-templates/broken.mustache",
                "Subject only"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty line");
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
