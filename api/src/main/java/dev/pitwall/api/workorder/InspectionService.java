package dev.pitwall.api.workorder;

import dev.pitwall.api.booking.Booking;
import dev.pitwall.api.booking.VisibleBookings;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.workorder.ChecklistItem;
import dev.pitwall.engagement.workorder.ChecklistRules;
import dev.pitwall.engagement.workorder.ImageType;
import dev.pitwall.engagement.workorder.PhotoRules;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The inspection checklist and its photos, for callers who may see the booking. Writes hold the booking's status
 * (FOR SHARE) until they commit, so a step that ends the inspection never overtakes a write that checked it.
 */
@Service
class InspectionService {

    private final VisibleBookings bookings;
    private final WorkOrderRepository orders;
    private final InspectionRepository inspections;
    private final PhotoRules photoRules;
    private final TransactionOperations transactions;
    private final WorkOrderMetrics metrics;

    InspectionService(VisibleBookings bookings, WorkOrderRepository orders, InspectionRepository inspections,
            PhotoRules photoRules, TransactionOperations transactions, WorkOrderMetrics metrics) {
        this.bookings = bookings;
        this.orders = orders;
        this.inspections = inspections;
        this.photoRules = photoRules;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    WorkOrder.ChecklistEntry record(Caller caller, UUID bookingId, ChecklistRules.Entry entry, Integer version) {
        return transactions.execute(tx -> {
            requireEditable(caller, bookingId, "checklist");
            inspections.upsert(bookingId, entry, caller.subject(), version).orElseThrow(() ->
                    WorkOrderConflictException.staleChecklistEntry(entry.item().name(),
                            inspections.version(bookingId, entry.item()).orElse(-1), version));
            return inspections.checklist(bookingId).stream().filter(e -> e.item().equals(entry.item().name()))
                    .findFirst().orElseThrow();
        });
    }

    /**
     * Stores a photo of a checklist entry that was recorded before.
     *
     * @throws PhotoRules.PhotoRefusedException when the photo breaks a limit (size, type, count)
     */
    WorkOrder.Photo addPhoto(Caller caller, UUID bookingId, ChecklistItem item, byte[] content, String declaredType,
            String fileName) {
        ImageType type = photoRules.check(content.length, Arrays.copyOf(content, Math.min(content.length,
                ImageType.HEAD_LENGTH)), declaredType);
        WorkOrder.Photo photo = transactions.execute(tx -> {
            requireEditable(caller, bookingId, "checklist photos");
            int existing = inspections.lockForPhoto(bookingId, item).orElseThrow(() ->
                    new ResourceNotFoundException("checklist entry", "item", item.name()));
            photoRules.checkCount(existing);
            return inspections.insertPhoto(bookingId, item, type, content, fileName, caller.subject());
        });
        metrics.photoStored();
        return photo;
    }

    InspectionRepository.PhotoContent photo(Caller caller, UUID bookingId, UUID photoId) {
        bookings.require(caller, bookingId);
        return inspections.photoContent(bookingId, photoId)
                .orElseThrow(() -> new ResourceNotFoundException("photo", "photoId", photoId.toString()));
    }

    private void requireEditable(Caller caller, UUID bookingId, String what) {
        Booking booking = bookings.require(caller, bookingId);
        BookingStatus status = orders.lockStatus(bookingId).orElseThrow();
        if (!ChecklistRules.isEditableIn(status)) {
            throw WorkOrderConflictException.notEditable(booking.bookingId(), status, what,
                    ChecklistRules.editableStatuses());
        }
    }
}
