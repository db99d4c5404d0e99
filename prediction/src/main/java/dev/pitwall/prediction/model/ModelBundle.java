package dev.pitwall.prediction.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FleetBaselines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;

/**
 * One trained model set in one file: a zip with {@code bundle.json} (version, horizon, feature configuration and
 * names, calibrators, thresholds), {@code baselines.json}, {@code standardizer.json}, {@code provenance.json}
 * (data, parameters, metrics, Tribuo's own provenance) and the Tribuo models in their protobuf form under
 * {@code models/}. {@link #load} reads it back in one call. Immutable.
 */
public final class ModelBundle {

    public static final int FORMAT_VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String version;
    private final Instant createdAt;
    private final int horizonDays;
    private final double rulCapDays;
    private final FeatureConfig featureConfig;
    private final FleetBaselines baselines;
    private final Standardizer standardizer;
    private final Map<Component, ComponentModels> components;
    private final Map<Component, String> skipped;
    private final ObjectNode provenance;

    public ModelBundle(String version, Instant createdAt, int horizonDays, double rulCapDays, FeatureConfig featureConfig,
            FleetBaselines baselines, Standardizer standardizer, Map<Component, ComponentModels> components,
            Map<Component, String> skipped, ObjectNode provenance) {
        this.version = version;
        this.createdAt = createdAt;
        this.horizonDays = horizonDays;
        this.rulCapDays = rulCapDays;
        this.featureConfig = featureConfig;
        this.baselines = baselines;
        this.standardizer = standardizer;
        this.components = Collections.unmodifiableMap(components.isEmpty()
                ? new EnumMap<>(Component.class) : new EnumMap<>(components));
        this.skipped = Collections.unmodifiableMap(skipped.isEmpty()
                ? new EnumMap<>(Component.class) : new EnumMap<>(skipped));
        this.provenance = provenance.deepCopy();
    }

    /** Identifies this model set, e.g. {@code pitwall-model-20261123T101500Z-3fa2c1d0}: a new file means a new version. */
    public String version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The prediction horizon: probabilities are of a failure within this many days. */
    public int horizonDays() {
        return horizonDays;
    }

    /** RUL predictions are capped here: beyond it the data say "not soon" rather than a number of days. */
    public double rulCapDays() {
        return rulCapDays;
    }

    public FeatureConfig featureConfig() {
        return featureConfig;
    }

    public FleetBaselines baselines() {
        return baselines;
    }

    public Standardizer standardizer() {
        return standardizer;
    }

    /** The trained components; a component with too few failures in the training data is in {@link #skipped()}. */
    public Map<Component, ComponentModels> components() {
        return components;
    }

    /** Components without models, each with the reason. */
    public Map<Component, String> skipped() {
        return skipped;
    }

    public ObjectNode provenance() {
        return provenance.deepCopy();
    }

    /** Writes the bundle to {@code file} atomically (a temporary file, then a rename), so a watcher never sees half of it. */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(raw)) {
                Map<String, BundleManifest.ComponentEntry> entries = new LinkedHashMap<>();
                ObjectNode tribuo = JSON.createObjectNode();
                for (ComponentModels m : components.values()) {
                    String prefix = "models/" + m.component().name();
                    writeModel(zip, prefix + "-boosted.tribuo", m.boosted());
                    writeModel(zip, prefix + "-logistic.tribuo", m.logistic());
                    if (m.rul() != null) {
                        writeModel(zip, prefix + "-rul.tribuo", m.rul());
                    }
                    entries.put(m.component().name(), new BundleManifest.ComponentEntry(
                            prefix + "-boosted.tribuo", BundleManifest.CalibratorJson.of(m.boostedCalibrator()),
                            m.boostedThreshold(),
                            prefix + "-logistic.tribuo", BundleManifest.CalibratorJson.of(m.logisticCalibrator()),
                            m.logisticThreshold(),
                            m.rul() == null ? null : prefix + "-rul.tribuo"));
                    ObjectNode own = tribuo.putObject(m.component().name());
                    own.set("boosted", JSON.valueToTree(ProvenanceUtil.convertToMap(m.boosted().getProvenance())));
                    own.set("logistic", JSON.valueToTree(ProvenanceUtil.convertToMap(m.logistic().getProvenance())));
                    if (m.rul() != null) {
                        own.set("rul", JSON.valueToTree(ProvenanceUtil.convertToMap(m.rul().getProvenance())));
                    }
                }
                Map<String, String> skippedByName = new LinkedHashMap<>();
                skipped.forEach((c, reason) -> skippedByName.put(c.name(), reason));
                var manifest = new BundleManifest(FORMAT_VERSION, version, createdAt.toString(), horizonDays, rulCapDays,
                        featureConfig.definition(), featureConfig.layout().names(), entries, skippedByName);
                writeJson(zip, "bundle.json", manifest);
                writeJson(zip, "baselines.json", new BundleManifest.BaselinesJson(baselines.sourceNames(), baselines.byModel()));
                writeJson(zip, "standardizer.json", standardizer);
                ObjectNode fullProvenance = provenance.deepCopy();
                fullProvenance.set("tribuo", tribuo);
                writeJson(zip, "provenance.json", fullProvenance);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a bundle written by {@link #save}.
     *
     * @throws ModelBundleException naming the file and what is wrong with it
     */
    public static ModelBundle load(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BundleManifest manifest = readJson(zip, file, "bundle.json", BundleManifest.class);
            if (manifest.formatVersion() != FORMAT_VERSION) {
                throw new ModelBundleException(file + ": bundle format " + manifest.formatVersion()
                        + ", this build reads format " + FORMAT_VERSION);
            }
            BundleManifest.BaselinesJson baselines = readJson(zip, file, "baselines.json", BundleManifest.BaselinesJson.class);
            Standardizer standardizer = readJson(zip, file, "standardizer.json", Standardizer.class);
            ObjectNode provenance = (ObjectNode) readJson(zip, file, "provenance.json", JsonNode.class);
            Map<Component, ComponentModels> components = new EnumMap<>(Component.class);
            for (Map.Entry<String, BundleManifest.ComponentEntry> e : manifest.components().entrySet()) {
                Component component = Component.valueOf(e.getKey());
                BundleManifest.ComponentEntry entry = e.getValue();
                components.put(component, new ComponentModels(component,
                        readXgboost(zip, file, entry.boostedModel(), Label.class),
                        entry.boostedCalibrator().toCalibrator(), entry.boostedThreshold(),
                        readModel(zip, file, entry.logisticModel(), Label.class),
                        entry.logisticCalibrator().toCalibrator(), entry.logisticThreshold(),
                        entry.rulModel() == null ? null : readXgboost(zip, file, entry.rulModel(), Regressor.class)));
            }
            Map<Component, String> skipped = new EnumMap<>(Component.class);
            manifest.skipped().forEach((name, reason) -> skipped.put(Component.valueOf(name), reason));
            provenance.remove("tribuo"); // regenerated from the models on save
            return new ModelBundle(manifest.version(), Instant.parse(manifest.createdAt()), manifest.horizonDays(),
                    manifest.rulCapDays(), FeatureConfig.fromDefinition(manifest.featureConfig()),
                    FleetBaselines.of(baselines.sourceNames(), baselines.byModel()), standardizer, components, skipped,
                    provenance);
        } catch (NoSuchFileException e) {
            throw new ModelBundleException(file + ": no such model bundle", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelBundleException m) {
                throw m;
            }
            throw new ModelBundleException(file + ": not a readable Pitwall model bundle (" + e.getMessage() + ")", e);
        }
    }

    private static void writeModel(ZipOutputStream zip, String name, Model<?> model) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        var bytes = new ByteArrayOutputStream();
        model.serializeToStream(bytes); // protobuf; the stream must not be closed under the zip
        bytes.writeTo(zip);
        zip.closeEntry();
    }

    private static void writeJson(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(JSON.writeValueAsBytes(value));
        zip.closeEntry();
    }

    private static <T> T readJson(ZipFile zip, Path file, String name, Class<T> type) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelBundleException(file + ": " + name + " missing");
        }
        try (var in = zip.getInputStream(entry)) {
            return JSON.readValue(in, type);
        }
    }

    private static <T extends org.tribuo.Output<T>> Model<T> readModel(ZipFile zip, Path file, String name, Class<T> output)
            throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelBundleException(file + ": " + name + " missing");
        }
        Model<?> model;
        try (var in = zip.getInputStream(entry)) {
            model = Model.deserializeFromStream(new ByteArrayInputStream(in.readAllBytes()));
        }
        if (!model.validate(output)) {
            throw new ModelBundleException(file + ": " + name + " is not a " + output.getSimpleName() + " model");
        }
        return model.castModel(output);
    }

    @SuppressWarnings("unchecked")
    private static <T extends org.tribuo.Output<T>> XGBoostModel<T> readXgboost(ZipFile zip, Path file, String name,
            Class<T> output) throws IOException {
        Model<T> model = readModel(zip, file, name, output);
        if (!(model instanceof XGBoostModel<?>)) {
            throw new ModelBundleException(file + ": " + name + " is not an XGBoost model");
        }
        return (XGBoostModel<T>) model;
    }

    /** The JSON files of a bundle. */
    record BundleManifest(int formatVersion, String version, String createdAt, int horizonDays, double rulCapDays,
            FeatureConfig.Definition featureConfig, List<String> featureNames, Map<String, ComponentEntry> components,
            Map<String, String> skipped) {

        record ComponentEntry(String boostedModel, CalibratorJson boostedCalibrator, double boostedThreshold,
                String logisticModel, CalibratorJson logisticCalibrator, double logisticThreshold, String rulModel) {
        }

        record CalibratorJson(String type, double[] scores, double[] probabilities, double a, double b) {
            static CalibratorJson of(Calibrator c) {
                if (c instanceof IsotonicCalibrator iso) {
                    return new CalibratorJson("isotonic", iso.scores(), iso.probabilities(), 0, 0);
                }
                PlattCalibrator platt = (PlattCalibrator) c;
                return new CalibratorJson("platt", null, null, platt.a(), platt.b());
            }

            Calibrator toCalibrator() {
                return switch (type) {
                    case "isotonic" -> new IsotonicCalibrator(scores, probabilities);
                    case "platt" -> new PlattCalibrator(a, b);
                    default -> throw new ModelBundleException("unknown calibrator type " + type);
                };
            }
        }

        record BaselinesJson(List<String> sourceNames, Map<String, double[][]> byModel) {
        }
    }
}
