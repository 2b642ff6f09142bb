package se.hemtjanst.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer, day + 60),
 * checked for format, a real calendar date and the Luhn check digit. Stored as 12 digits without separator.
 */
public final class PersonalIdentityNumber {

    private static final String FIELD = "personalIdentityNumber";
    private static final Pattern TWELVE = Pattern.compile("(\\d{8})-?(\\d{4})");
    private static final Pattern TEN = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");

    private final String value;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;

    private PersonalIdentityNumber(String value, LocalDate birthDate, boolean coordinationNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses what a person types: {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code YYMMDD-NNNC},
     * {@code YYMMDDNNNC} or {@code YYMMDD+NNNC} ('+' for those aged 100 or more). For the 10-digit forms the
     * century is the latest one that does not put the birth after {@code today}.
     */
    public static PersonalIdentityNumber parse(String input, LocalDate today) {
        if (input == null) {
            throw formatError();
        }
        String s = input.strip();
        Matcher twelve = TWELVE.matcher(s);
        if (twelve.matches()) {
            return of12(twelve.group(1) + twelve.group(2));
        }
        Matcher ten = TEN.matcher(s);
        if (!ten.matches()) {
            throw formatError();
        }
        String yymmdd = ten.group(1);
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        // The latest year ending in yy that does not place the birth after today; '+' means a century earlier.
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        if (bornAfter(year, yymmdd, today)) {
            year -= 100;
        }
        if ("+".equals(ten.group(2))) {
            year -= 100;
        }
        return of12(String.format("%04d", year) + yymmdd.substring(2) + ten.group(3));
    }

    private static boolean bornAfter(int year, String yymmdd, LocalDate today) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        try {
            return LocalDate.of(year, month, day > 60 ? day - 60 : day).isAfter(today);
        } catch (DateTimeException e) {
            return false; // reported as an invalid date by of12
        }
    }

    /** Strict form, as stored: exactly 12 digits. */
    public static PersonalIdentityNumber of12(String twelveDigits) {
        if (twelveDigits == null || !twelveDigits.matches("\\d{12}")) {
            throw formatError();
        }
        int year = Integer.parseInt(twelveDigits.substring(0, 4));
        int month = Integer.parseInt(twelveDigits.substring(4, 6));
        int day = Integer.parseInt(twelveDigits.substring(6, 8));
        boolean coordination = day > 60;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, coordination ? day - 60 : day);
        } catch (DateTimeException e) {
            throw new InvalidInputException("pin.invalid.date", FIELD,
                    "Personal identity number " + twelveDigits.substring(0, 8) + " is not a valid date");
        }
        String ten = twelveDigits.substring(2);
        if (checkDigit(ten.substring(0, 9)) != ten.charAt(9)) {
            throw new InvalidInputException("pin.invalid.checksum", FIELD,
                    "Personal identity number has a wrong check digit (Luhn over YYMMDDNNN)");
        }
        return new PersonalIdentityNumber(twelveDigits, birth, coordination);
    }

    /** The Luhn check digit over the nine digits YYMMDDNNN. */
    public static char checkDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static InvalidInputException formatError() {
        return new InvalidInputException("pin.invalid.format", FIELD,
                "Personal identity number must be 12 digits YYYYMMDD-NNNC or 10 digits YYMMDD-NNNC");
    }

    /** 12 digits without separator: the stored form. */
    public String value() {
        return value;
    }

    /** {@code YYYYMMDD-NNNC}, as shown on screens. */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean coordinationNumber() {
        return coordinationNumber;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityNumber p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that logs never carry the full number. */
    @Override
    public String toString() {
        return value.substring(0, 8) + "-****";
    }
}
