package dev.pitwall.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose creates the topics up front (the brokers there do not auto-create them), so a topic added to
 * {@link Topics} but not to the compose file fails only in production: predictions.v1 was missing once.
 */
class ComposeTopicsTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");
    private static final Pattern TOPIC_LOOP = Pattern.compile("for t in ([a-z0-9.\\- ]+); do");

    @Test
    void composeCreatesEveryTopicPitwallUses() throws Exception {
        assertThat(COMPOSE_FILE).as("the repository's docker-compose.yml, read from the core module").exists();
        Matcher loop = TOPIC_LOOP.matcher(Files.readString(COMPOSE_FILE));
        assertThat(loop.find()).as("the topic-creating loop in docker-compose.yml").isTrue();

        assertThat(Arrays.asList(loop.group(1).trim().split("\\s+")))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(Topic::name).toList());
    }
}
