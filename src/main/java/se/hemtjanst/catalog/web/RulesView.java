package se.hemtjanst.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.catalog.domain.RuleKey;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.shared.web.Messages;

/** Rule settings with their validity (catalog/rules.xhtml): system administration schedules a new value. */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RuleService rules;

    @Inject
    transient Clock clock;

    private transient List<RuleSetting> settings;
    private String key = RuleKey.values()[0].key();
    private String value;
    private LocalDate validFrom;

    public List<RuleSetting> getSettings() {
        if (settings == null) {
            settings = rules.all();
        }
        return settings;
    }

    public List<String> getKeys() {
        return Arrays.stream(RuleKey.values()).map(RuleKey::key).toList();
    }

    public String label(String ruleKey) {
        return Messages.text("rule." + ruleKey);
    }

    public void schedule() {
        rules.schedule(key, value, validFrom);
        Messages.info("rule.scheduled", label(key), validFrom);
        settings = null;
        value = null;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public LocalDate getValidFrom() {
        if (validFrom == null) {
            validFrom = LocalDate.now(clock).plusDays(1);
        }
        return validFrom;
    }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
}
