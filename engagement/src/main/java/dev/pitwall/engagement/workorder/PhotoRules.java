package dev.pitwall.engagement.workorder;

import java.util.Optional;

/**
 * What a checklist photo may be: not empty, at most {@code maxBytes}, a JPEG, PNG or WebP by its content (a
 * declared content type, when it is an image type, must agree), and at most {@code maxPerItem} per checklist item.
 */
public record PhotoRules(long maxBytes, int maxPerItem) {

    public PhotoRules {
        if (maxBytes < 1 || maxPerItem < 1) {
            throw new IllegalArgumentException("photo rules: expected a positive size and count, got " + maxBytes
                    + " bytes and " + maxPerItem + " photos");
        }
    }

    /** Why a photo is refused. */
    public enum Refusal {
        EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, TOO_MANY
    }

    /** A refused photo: the reason, and what was expected in words a client can act on. */
    public static class PhotoRefusedException extends RuntimeException {

        private final transient Refusal refusal;
        private final String expected;

        PhotoRefusedException(Refusal refusal, String expected, String actual) {
            super("Invalid 'file': expected " + expected + ", got " + actual + ".");
            this.refusal = refusal;
            this.expected = expected;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String expected() {
            return expected;
        }
    }

    /** The expectation on a photo's size, for a refusal made before its bytes were read. */
    public String sizeExpected() {
        return "a photo of at most " + maxBytes + " bytes";
    }

    /** Refuses a photo of {@code size} bytes (when known) before its content is read. */
    public PhotoRefusedException tooLarge(String actual) {
        return new PhotoRefusedException(Refusal.TOO_LARGE, sizeExpected(), actual);
    }

    /**
     * The type of an acceptable photo.
     *
     * @param size         its length in bytes
     * @param head         its first {@link ImageType#HEAD_LENGTH} bytes (fewer for a shorter file)
     * @param declaredType the content type the client declared, may be null
     * @throws PhotoRefusedException when it is empty, too large or not an accepted image
     */
    public ImageType check(long size, byte[] head, String declaredType) {
        if (size == 0) {
            throw new PhotoRefusedException(Refusal.EMPTY, "a JPEG, PNG or WebP image", "an empty file");
        }
        if (size > maxBytes) {
            throw tooLarge(size + " bytes");
        }
        Optional<ImageType> detected = ImageType.detect(head);
        if (detected.isEmpty()) {
            throw new PhotoRefusedException(Refusal.UNSUPPORTED_TYPE, "a JPEG, PNG or WebP image (judged by its "
                    + "content)", "content that is none of them (declared as " + declaredType + ")");
        }
        Optional<ImageType> declared = ImageType.ofMediaType(declaredType);
        if (declared.isPresent() && declared.get() != detected.get()) {
            throw new PhotoRefusedException(Refusal.UNSUPPORTED_TYPE, "content of the declared type "
                    + declaredType, "a " + detected.get() + " image");
        }
        return detected.get();
    }

    /** Refuses one more photo on an item that has {@code existing} already. */
    public void checkCount(int existing) {
        if (existing >= maxPerItem) {
            throw new PhotoRefusedException(Refusal.TOO_MANY, "at most " + maxPerItem + " photos per checklist "
                    + "item", "photo number " + (existing + 1));
        }
    }
}
