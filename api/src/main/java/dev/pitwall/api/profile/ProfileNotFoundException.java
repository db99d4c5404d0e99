package dev.pitwall.api.profile;

import dev.pitwall.api.web.ResourceNotFoundException;

/** No driving profile has been written for the VIN: an unknown vehicle, or one whose first message is not in yet. */
class ProfileNotFoundException extends ResourceNotFoundException {

    ProfileNotFoundException(String vin) {
        super("driving profile", "vin", vin);
    }
}
