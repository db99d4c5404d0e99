package dev.pitwall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.DevelopmentTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import picocli.CommandLine;

/** The token sub-command signs with the data directory's secret, so the running stack accepts what it prints. */
class TokenCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void aSubscriberTokenSpeaksForTheDemoSubscriberAndVerifiesWithTheStacksSecret() {
        String secret = LocalStack.devTokenSecret(dataDir);

        Run run = run("token", "--role", "SUBSCRIBER", "--data-dir", dataDir.toString());

        assertThat(run.exitCode).isZero();
        Jwt jwt = new DevelopmentTokens(secret).decoder().decode(run.out.trim());
        assertThat(jwt.getSubject()).isEqualTo("demo-subscriber-0000");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SUBSCRIBER");
    }

    @Test
    void subjectAndSeveralRolesCanBeChosen() {
        String secret = LocalStack.devTokenSecret(dataDir);

        Run run = run("token", "--role", "MARKETER,OPERATOR", "--subject", "maria", "--data-dir", dataDir.toString());

        Jwt jwt = new DevelopmentTokens(secret).decoder().decode(run.out.trim());
        assertThat(jwt.getSubject()).isEqualTo("maria");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MARKETER", "OPERATOR");
    }

    @Test
    void aDataDirectoryWithoutASecretIsRefusedByName() {
        Run run = run("token", "--role", "OPERATOR", "--data-dir", dataDir.resolve("never-started").toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--data-dir").contains("dev-token-secret");
    }

    @Test
    void otherRolesDefaultToALocalSubject() {
        assertThat(TokenCommand.subjectFor(null, List.of(dev.pitwall.api.security.Role.SERVICE_ADVISOR)))
                .isEqualTo("local-service_advisor");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LocalStackMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
