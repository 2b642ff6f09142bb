package se.hemtjanst.identity.application;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks REST resources that only a staff phone's live device session may call (the tag scans): an ordinary API
 * token is answered 401 {@code device-session-required}. Enforced by identity's REST filter.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DeviceSessionRequired {
}
