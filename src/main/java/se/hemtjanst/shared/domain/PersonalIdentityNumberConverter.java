package se.hemtjanst.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stored as the 12 digits without separator; read back strictly, so a corrupt row fails loudly. */
@Converter(autoApply = true)
public class PersonalIdentityNumberConverter implements AttributeConverter<PersonalIdentityNumber, String> {

    @Override
    public String convertToDatabaseColumn(PersonalIdentityNumber pin) {
        return pin == null ? null : pin.value();
    }

    @Override
    public PersonalIdentityNumber convertToEntityAttribute(String digits) {
        return digits == null ? null : PersonalIdentityNumber.of12(digits.strip());
    }
}
