package dev.pitwall.prediction.cmapss;

/** Receives one-line progress notes of long steps (the command line prints them to stderr). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener SILENT = message -> { };

    void progress(String message);
}
