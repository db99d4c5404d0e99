package dev.pitwall.api.web;

import java.util.List;

/** One page of a list: its items, where it is, and how many items and pages there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        long totalPages = (totalItems + query.size() - 1) / query.size();
        return new Page<>(items, query.page(), query.size(), totalItems, totalPages);
    }
}
