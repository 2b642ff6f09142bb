package se.hemtjanst.it;

import java.util.concurrent.ThreadLocalRandom;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/** Request bodies and numbers that several integration tests need. */
public final class TestData {

    private TestData() {
    }

    /**
     * A frame order from 2026-12-01: morning help 30 min daily and a shower 45 min twice a week, each a visit of its
     * own (+5 min): (30 + 5) × 30.4375 + (45 + 5) × 2 × 30.4375 / 7 = 1500.13 min = 25.00 h; ledsagning 4 h
     * outside the frame.
     */
    public static String order(long clientId, long providerId) {
        return "{\"clientId\":" + clientId + ",\"providerId\":" + providerId + ",\"validFrom\":\"2026-12-01\","
                + "\"description\":\"Bor ensam, behöver hjälp att komma igång på morgonen och med dusch.\","
                + "\"purpose\":\"Att kunna bo kvar hemma tryggt.\","
                + "\"services\":[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"visitGroup\":\"MORGON\"},"
                + "{\"code\":\"BADDUSCH\",\"frequency\":\"PER_WEEK\",\"count\":2,\"visitGroup\":\"DUSCH\"},"
                + "{\"code\":\"LEDSAGNING\",\"ownHours\":4}],"
                + "\"goals\":[{\"lifeArea\":\"PERSONLIG_VARD\",\"goal\":\"Klara av sin morgon med stöd.\"}]}";
    }

    /** A fresh valid personal identity number of someone born in the 1930s, with its check digit. */
    public static String newPersonalIdentityNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String nine = String.format("3%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        return "19" + nine.substring(0, 6) + "-" + nine.substring(6) + PersonalIdentityNumber.checkDigit(nine);
    }
}
