package dev.pitwall.engagement.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, and a comparison of MACs that takes as long whatever bytes differ. */
final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time: a timing difference would let an attacker guess a valid MAC byte by byte. */
    static boolean equal(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** A secret as key bytes, rejecting one too short to resist guessing. */
    static byte[] key(String secret, int minBytes, String what) {
        byte[] key = secret == null ? new byte[0] : utf8(secret);
        if (key.length < minBytes) {
            throw new IllegalArgumentException(what + ": expected a secret of at least " + minBytes
                    + " bytes (UTF-8), got " + key.length);
        }
        return key;
    }
}
