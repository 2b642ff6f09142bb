package se.hemtjanst.shared.web;

import java.io.Serializable;

/** A choice in a drop-down: value and label (a bean with getters: Faces EL 5 cannot read records). */
public final class Option implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String label;

    public Option(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() { return value; }
    public String getLabel() { return label; }
}
