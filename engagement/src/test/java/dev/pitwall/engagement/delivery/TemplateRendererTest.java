package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void rendersSubjectAndBodyWithoutEscapingPlainText() {
        MessageTemplate template = new MessageTemplate("service-due-prompt", "{{service}} due for {{vin}}",
                "Hello {{subscriber.name}},\n{{#items}}- {{.}}\n{{/items}}Book: {{deepLink}}");

        RenderedMessage message = renderer.render(template, Map.of("service", "Oil & filter", "vin",
                "WVWZZZCDZLW123456", "subscriber", Map.of("name", "Anna <Ä>"), "items", List.of("oil", "filter"),
                "deepLink", "https://app.pitwall.dev/bookings/new?lead=1&service=OIL"));

        assertThat(message.subject()).isEqualTo("Oil & filter due for WVWZZZCDZLW123456");
        assertThat(message.body()).isEqualTo("Hello Anna <Ä>,\n- oil\n- filter\n"
                + "Book: https://app.pitwall.dev/bookings/new?lead=1&service=OIL");
    }

    @Test
    void keepsTheSubjectOnOneLineSinceItBecomesAHeader() {
        MessageTemplate template = new MessageTemplate("multi-line", "{{title}}", "body");

        assertThat(renderer.render(template, Map.of("title", "Recall\r\nBcc: victim@example.com")).subject())
                .isEqualTo("Recall Bcc: victim@example.com");
    }

    @Test
    void refusesToRenderAMessageWithAHole() {
        MessageTemplate template = new MessageTemplate("needs-vin", "Due", "Your {{vin}} is due");

        assertThatThrownBy(() -> renderer.render(template, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs-vin").hasMessageContaining("vin");
    }

    @Test
    void refusesTemplatesWithoutIdSubjectOrBody() {
        assertThatThrownBy(() -> new MessageTemplate("../secrets", "s", "b")).hasMessageContaining("template id");
        assertThatThrownBy(() -> new MessageTemplate("ok", " ", "b")).hasMessageContaining("subject and a body");
    }
}
