package se.hemtjanst.client.domain;

/**
 * Which clients a person reaches: all (system administration), one district (assessors), or the clients with an
 * active frame order to one provider (the provider's managers and staff). Nobody else reaches any client.
 */
public record ClientScope(Kind kind, Long unitId) {

    public enum Kind { ALL, DISTRICT, PROVIDER, NONE }

    public static ClientScope all() {
        return new ClientScope(Kind.ALL, null);
    }

    public static ClientScope district(long districtId) {
        return new ClientScope(Kind.DISTRICT, districtId);
    }

    public static ClientScope provider(long providerId) {
        return new ClientScope(Kind.PROVIDER, providerId);
    }

    public static ClientScope none() {
        return new ClientScope(Kind.NONE, null);
    }
}
