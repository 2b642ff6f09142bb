package se.hemtjanst.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginViewTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "/catalog/services.xhtml, /catalog/services.xhtml",
            "/index.xhtml?x=1, /index.xhtml?x=1",
            "NULL, /index.xhtml",
            "https://evil.example/, /index.xhtml",
            "//evil.example/, /index.xhtml",
            "/\\evil.example, /index.xhtml",
            "/login.xhtml, /index.xhtml"})
    void afterLoginOnlyLocalPagesAreFollowed(String next, String expected) {
        LoginView view = new LoginView();
        view.setNext(next);
        assertEquals(expected, view.safeNext());
    }
}
