package dev.pitwall.engagement.workorder;

/**
 * Where one version of a quote stands. Stored by name ({@code work_order_quote.status}), so never rename one.
 * A revised quote SUPERSEDES the pending one; a DECLINED one stays as it was decided.
 */
public enum QuoteStatus {
    PENDING, APPROVED, DECLINED, SUPERSEDED
}
