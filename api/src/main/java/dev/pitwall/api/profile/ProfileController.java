package dev.pitwall.api.profile;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.VinParameter;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent, then asks {@link ProfileService}. */
@RestController
class ProfileController implements ProfileApi {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 400;

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public VehicleProfile vehicleProfile(String vin, Integer days) {
        VinParameter.require(vin);
        int range = days == null ? DEFAULT_DAYS : days;
        if (range < 1 || range > MAX_DAYS) {
            throw new InvalidParameterException("days", "an integer from 1 to " + MAX_DAYS, range);
        }
        return profiles.profile(vin, range).orElseThrow(() -> new ProfileNotFoundException(vin));
    }
}
