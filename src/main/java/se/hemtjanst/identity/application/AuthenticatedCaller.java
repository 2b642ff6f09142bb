package se.hemtjanst.identity.application;

import java.util.Set;

/** Who the container is told is calling: the username and the role names that become security groups. */
public record AuthenticatedCaller(String username, Set<String> roles) {

    public AuthenticatedCaller {
        roles = Set.copyOf(roles);
    }
}
