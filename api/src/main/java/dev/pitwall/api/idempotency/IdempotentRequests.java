package dev.pitwall.api.idempotency;

import dev.pitwall.api.web.IdempotencyKeyReusedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a request at most once per caller and {@link IdempotencyKey}, and answers every repeat with the first
 * response. The key's row is inserted first, in the same transaction as the request's work and its response: a
 * concurrent repeat waits on the row's primary key until that transaction ends, then reads the stored response
 * (commit) or does the work itself (rollback). A request whose work throws stores nothing, so its key stays free
 * for a retry. Keys are kept per caller (the token's subject); one caller's key never meets another's.
 */
@Component
public class IdempotentRequests {

    private final IdempotentRequestRepository repository;
    private final TransactionOperations transactions;
    private final JsonMapper json;

    IdempotentRequests(IdempotentRequestRepository repository, TransactionOperations transactions, JsonMapper json) {
        this.repository = repository;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * {@link #execute} for a POST that creates a resource: the request's canonical form is {@code request} as JSON,
     * and the response 201 with the created record as JSON and its {@code location}.
     *
     * @param create creates the resource in the caller's transaction and returns it; throws to fail
     */
    public <T> StoredResponse create(String caller, IdempotencyKey key, String operation, Object request,
            Supplier<T> create, Function<T, URI> location) {
        return execute(caller, key, operation, json.writeValueAsString(request), () -> {
            T created = create.get();
            return StoredResponse.of(HttpStatus.CREATED.value(), json.writeValueAsString(created),
                    location.apply(created));
        });
    }

    /**
     * @param operation   what the key is used for, e.g. {@code POST /api/v1/bookings}: a key is bound to one
     * @param request     the request in a canonical form (its parsed fields), so that a repeat is recognised
     *                    whatever the JSON's spacing
     * @param work        does the request in the caller's transaction and returns its response; throws to fail
     * @return the response of the work, or of the first request when this one repeats it
     * @throws IdempotencyKeyReusedException when the key was used for another operation or another request
     */
    public StoredResponse execute(String caller, IdempotencyKey key, String operation, String request,
            Supplier<StoredResponse> work) {
        byte[] hash = sha256(request);
        return transactions.execute(tx -> {
            if (!repository.claim(caller, key, operation, hash)) {
                IdempotentRequestRepository.FirstRequest first = repository.find(caller, key)
                        .orElseThrow(() -> new IllegalStateException("idempotency key vanished: " + key.value()));
                if (!first.operation().equals(operation) || !Arrays.equals(first.requestHash(), hash)) {
                    throw new IdempotencyKeyReusedException(key.value(), operation, first.operation());
                }
                return first.response().asReplay();
            }
            StoredResponse response = work.get();
            repository.complete(caller, key, response);
            return response;
        });
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
