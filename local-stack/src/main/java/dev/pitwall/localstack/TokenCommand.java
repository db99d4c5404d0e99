package dev.pitwall.localstack;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code java -jar pitwall-local-stack-app.jar token --role SUBSCRIBER}: the local stack's development token issuer.
 * Signs with the secret the stack keeps in its data directory, so the token works against a running (or restarted)
 * stack of that directory; it prints only the token, for {@code TOKEN=$(...)}.
 */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints a development token (HS256, issuer pitwall-dev) for the local stack of --data-dir.")
final class TokenCommand implements Callable<Integer> {

    /** Whom each role's token speaks for by default: the demo subscriber owns the first simulated vehicles. */
    static final String DEMO_SUBSCRIBER = DemoData.subscriberOf(0);

    @Spec
    CommandSpec spec;

    @Option(names = "--role", required = true, split = ",",
            description = "Role(s) the token carries: ${COMPLETION-CANDIDATES}.")
    List<Role> roles;

    @Option(names = "--subject", description = "The token's subject: a subscriber id for SUBSCRIBER (default: the "
            + "demo subscriber of the first simulated vehicle), local-<role> otherwise.")
    String subject;

    @Option(names = "--ttl", description = "How long the token is valid, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration ttl = Duration.ofHours(12);

    @Option(names = "--data-dir", description = "The local stack's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir = LocalStackConfig.DEFAULT_DATA_DIR;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dataDir.resolve(LocalStack.DEV_TOKEN_SECRET_FILE))) {
            throw new ParameterException(spec.commandLine(), "--data-dir: expected the data directory of a local "
                    + "stack that has started at least once (no " + LocalStack.DEV_TOKEN_SECRET_FILE + " in "
                    + dataDir.toAbsolutePath() + ")");
        }
        String secret = LocalStack.devTokenSecret(dataDir);
        spec.commandLine().getOut().println(new DevelopmentTokens(secret).issue(subjectFor(subject, roles), roles, ttl));
        return 0;
    }

    static String subjectFor(String subject, List<Role> roles) {
        if (subject != null) {
            return subject;
        }
        return roles.contains(Role.SUBSCRIBER) ? DEMO_SUBSCRIBER : "local-" + roles.get(0).name().toLowerCase();
    }
}
