package dev.pitwall.api.alarm;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.alarm.AlarmType;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link AlarmService}. */
@RestController
class AlarmController implements AlarmApi {

    private final AlarmService alarms;
    private final ApiProperties limits;

    AlarmController(AlarmService alarms, ApiProperties limits) {
        this.alarms = alarms;
        this.limits = limits;
    }

    @Override
    public Page<Alarm> fleetAlarms(String active, AlarmType type, Integer page, Integer size) {
        AlarmQuery query = AlarmQuery.of(active, type);
        return alarms.fleet(query, PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public Page<Alarm> vehicleAlarms(String vin, String active, AlarmType type, Integer page, Integer size) {
        VinParameter.require(vin);
        AlarmQuery query = AlarmQuery.of(active, type);
        PageQuery pageQuery = PageQuery.of(page, size, limits.paging());
        return alarms.vehicle(vin, query, pageQuery).orElseThrow(() -> new VehicleNotFoundException(vin));
    }
}
