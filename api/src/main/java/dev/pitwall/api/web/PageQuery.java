package dev.pitwall.api.web;

import dev.pitwall.api.ApiProperties;

/** A validated request for one page: zero-based page number and page size. */
public record PageQuery(int page, int size) {

    /** Applies the default size when none is given and rejects what lies outside the limits. */
    public static PageQuery of(Integer page, Integer size, ApiProperties.Paging limits) {
        int p = page == null ? 0 : page;
        int s = size == null ? limits.defaultSize() : size;
        if (p < 0) {
            throw new InvalidParameterException("page", "a page number of 0 or more (the first page is 0)", p);
        }
        if (s < 1 || s > limits.maxSize()) {
            throw new InvalidParameterException("size", "an integer from 1 to " + limits.maxSize(), s);
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
