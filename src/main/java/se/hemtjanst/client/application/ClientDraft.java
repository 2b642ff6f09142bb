package se.hemtjanst.client.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an assessor writes about a client, from a screen or over REST. The personal identity number is only read
 * when the client is created; it never changes afterwards.
 */
public class ClientDraft implements Serializable {

    public String personalIdentityNumber;
    @Size(max = 80)
    public String firstName;
    @Size(max = 80)
    public String lastName;
    @Size(max = 120)
    public String street;
    public String postalCode;
    @Size(max = 80)
    public String city;
    public String phone;
    public String email;
    public String nextOfKinName;
    public String nextOfKinPhone;
    public String lifeStory;
    /** Only for system administration; an assessor always writes clients of their own district. */
    public Long districtId;
    /** The version the writer saw, for optimistic locking; null skips the check (new clients). */
    public Long expectedVersion;
}
