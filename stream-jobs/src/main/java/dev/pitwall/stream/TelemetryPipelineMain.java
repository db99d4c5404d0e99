package dev.pitwall.stream;

import java.util.Arrays;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the job jar ({@code flink run target/pitwall-stream-jobs.jar [options]}). Options come from
 * flags, then environment variables, then defaults; {@code --help} lists them.
 */
public final class TelemetryPipelineMain {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryPipelineMain.class);

    private TelemetryPipelineMain() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println("Pitwall telemetry pipeline: telemetry.v1 -> dedup -> vehicle state -> health -> "
                    + "PostgreSQL + vehicle-health.v1\n");
            System.out.print(PipelineSettings.usage());
            return;
        }
        PipelineSettings settings;
        try {
            settings = PipelineSettings.resolve(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(PipelineSettings.usage());
            throw e;
        }
        LOG.info("starting {} with {}", TelemetryPipelineJob.JOB_NAME, settings.describe());
        if (settings.checkpointDir().isEmpty()) {
            LOG.warn("no --checkpoint-dir / CHECKPOINT_DIR: checkpoints go where the cluster's "
                    + "execution.checkpointing.dir says; without one, to JobManager memory (a few MB, lost with "
                    + "the JobManager), which the dedup state of a real fleet outgrows");
        }
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(settings.flinkConfiguration());
        TelemetryPipelineJob.production(settings).build(env);
        env.execute(TelemetryPipelineJob.JOB_NAME);
    }
}
