package dev.pitwall.api.testdrive;

import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import java.util.List;
import java.util.Set;

/** Which test drives a caller lists: of one vehicle, at one dealer, in some statuses; all that are set must hold. */
record TestDriveQuery(String vin, String dealerId, Set<TestDriveStatus> statuses) {

    TestDriveQuery {
        statuses = Set.copyOf(statuses);
    }

    static TestDriveQuery of(String vin, String dealerId, List<String> status) {
        String checkedVin = vin == null || vin.isBlank() ? null : VinParameter.require(vin.strip());
        String dealer = dealerId == null || dealerId.isBlank() ? null : dealerId.strip();
        return new TestDriveQuery(checkedVin, dealer, EnumListParameter.parse("status", status,
                TestDriveStatus.class));
    }
}
