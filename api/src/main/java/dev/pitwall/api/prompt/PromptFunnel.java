package dev.pitwall.api.prompt;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** How far the prompts of a period got: each step counts the prompts that reached it, with its share of prompted. */
@Schema(description = "The funnel of service prompts sent in [from, to)", example = """
        {"from": "2027-03-01T00:00:00Z", "to": "2027-04-01T00:00:00Z", "prompted": 120, "opened": 84, "booked": 51,
         "completed": 37, "openedPercent": 70.0, "bookedPercent": 42.5, "completedPercent": 30.8}""")
public record PromptFunnel(Instant from, Instant to,
        @Schema(description = "Prompts sent") long prompted,
        @Schema(description = "The subscriber followed the deep link or read the in-app message") long opened,
        @Schema(description = "A booking (not cancelled) answers the lead") long booked,
        @Schema(description = "That booking's vehicle was collected") long completed,
        Double openedPercent, Double bookedPercent, Double completedPercent) {

    static PromptFunnel of(Instant from, Instant to, long prompted, long opened, long booked, long completed) {
        return new PromptFunnel(from, to, prompted, opened, booked, completed, percent(opened, prompted),
                percent(booked, prompted), percent(completed, prompted));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
