package dev.pitwall.api.profile;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A vehicle's usage and driving profile for marketers, operators and service advisors, and for the subscriber who
 * owns the vehicle. Takes a validated number of days; an empty result means no profile was written for the vehicle,
 * or the caller may not read it ({@link VehicleAccess#permitsMarketingData}): the same answer, so that it tells nothing.
 */
@Service
class ProfileService {

    private final ProfileRepository repository;
    private final VehicleAccess access;

    ProfileService(ProfileRepository repository, VehicleAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * The profile with the daily rows of the {@code days} local days up to the profile's last day (the day of its
     * newest message, not today's date: a vehicle that stopped reporting keeps showing its last days).
     */
    Optional<VehicleProfile> profile(String vin, int days) {
        if (!access.permitsMarketingData(Caller.current(), vin)) {
            return Optional.empty();
        }
        return repository.findProfile(vin).map(p -> {
            LocalDate from = p.windowTo().minusDays(days - 1L);
            return new VehicleProfile(p.vin(), p.asOf(), p.windowFrom(), p.windowTo(), p.scores(), p.attributes(),
                    p.details(), repository.findDays(p.vin(), from, p.windowTo()));
        });
    }
}
