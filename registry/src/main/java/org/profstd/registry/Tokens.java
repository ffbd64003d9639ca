package org.profstd.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** API tokens: random secrets handed out once, kept only as hashes, checked on every write. */
final class Tokens {
    static final String PREFIX = "pst_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Handle handle;

    Tokens(Handle handle) {
        this.handle = handle;
    }

    /** Creates a token for an owner and returns it; it cannot be read back later. */
    String create(String owner, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        handle.createUpdate("insert into api_token (owner, token_hash, created_by) values (:owner, :hash, :by)")
                .bind("owner", owner).bind("hash", hash(token)).bind("by", createdBy).execute();
        new AuditLog(handle, createdBy).record("token created", "api_token", 0, "API token for " + owner);
        return token;
    }

    /** The owner of a valid, unrevoked token. */
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return handle.createQuery("select owner from api_token where token_hash = :hash and revoked_at is null")
                .bind("hash", hash(token)).mapTo(String.class).findOne();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
