package dev.pitwall.stream;

import java.io.IOException;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps an at-least-once sink whose writer may throw from {@code close()} after a failed write, as the JDBC
 * connector 4.0's writer does: it retries the failed batch while closing and rethrows. Flink closes writers
 * while it fails a task over, and an exception at that point is treated as fatal: the whole TaskManager goes
 * down instead of the job restarting. This writer logs such an exception instead. Nothing is lost by that:
 * rows not written yet belong to input after the last completed checkpoint, which the restarted job replays.
 *
 * <p>Only for writers without state or committables (the JDBC sink built with {@code buildAtLeastOnce} has
 * neither): the wrapper is a plain {@link Sink} and does not forward writer state or a committer.
 */
final class QuietCloseSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuietCloseSink.class);

    private final Sink<T> delegate;
    private final String name;

    QuietCloseSink(Sink<T> delegate, String name) {
        this.delegate = delegate;
        this.name = name;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<T> writer = delegate.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context writeContext) throws IOException, InterruptedException {
                writer.write(element, writeContext);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void writeWatermark(Watermark watermark) throws IOException, InterruptedException {
                writer.writeWatermark(watermark);
            }

            @Override
            public void close() {
                try {
                    writer.close();
                } catch (Exception e) {
                    LOG.warn("{} sink: closing after a failed write lost its unwritten rows; the job replays them "
                            + "from the last checkpoint: {}", name, e.toString());
                }
            }
        };
    }
}
