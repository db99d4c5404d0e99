package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.vehicle.Vin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VinFactoryTest {

    @Test
    void checkDigitMatchesPublishedExamples() {
        assertThat(VinFactory.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        assertThat(VinFactory.checkDigit("11111111111111111")).isEqualTo('1');
        assertThat(VinFactory.checkDigit("1HGCM82633A004352")).isEqualTo('3');
    }

    @Test
    void twentyThousandVehiclesGetValidDistinctVinsWithCorrectCheckDigits() {
        List<String> vins = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            vins.add(VehicleIdentity.create(123, i, 10_000).vin());
        }

        assertThat(vins).doesNotHaveDuplicates().allSatisfy(vin -> {
            assertThat(Vin.isValid(vin)).as(vin).isTrue();
            assertThat(vin.charAt(8)).as(vin).isEqualTo(VinFactory.checkDigit(vin));
        });
    }

    @Test
    void identityIsDeterministicPerSeedAndIndex() {
        assertThat(VehicleIdentity.create(5, 17, 10_000)).isEqualTo(VehicleIdentity.create(5, 17, 10_000));
        assertThat(VehicleIdentity.create(6, 17, 10_000).vin()).isNotEqualTo(VehicleIdentity.create(5, 17, 10_000).vin());
    }

    @Test
    void vinStartsWithTheModelsManufacturerCode() {
        VehicleIdentity identity = VehicleIdentity.create(1, 0, 10_000);

        assertThat(identity.vin()).startsWith(identity.model().wmi());
        assertThat(identity.sampleOffsetMillis()).isBetween(0L, 9_999L);
    }
}
