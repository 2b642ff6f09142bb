package se.hemtjanst.billing.domain;

/**
 * The time bands that carry their own hourly rate (timersättning): daytime (dagtid) and all other times (kvällar,
 * nätter, helger). Which minutes are daytime is data: {@link DaytimeBand}.
 */
public enum TimeBand {
    DAYTIME,
    OTHER_TIME
}
