package dev.pitwall.api;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Pitwall HTTP API: fleet and vehicle reads over the stream job's tables, secured by JWT bearer tokens. */
@SpringBootApplication
public class PitwallApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(PitwallApiApplication.class, args);
    }

    /**
     * Starts the API in this JVM (the local stack does this). The properties are passed as command-line
     * arguments, so they override application.yml; {@code SpringApplicationBuilder.properties(..)} would not,
     * because those are only defaults.
     */
    public static ConfigurableApplicationContext start(Map<String, ?> properties) {
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return SpringApplication.run(PitwallApiApplication.class, args);
    }
}
