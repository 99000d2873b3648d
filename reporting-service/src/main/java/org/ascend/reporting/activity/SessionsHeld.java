package org.ascend.reporting.activity;

import java.util.List;

import org.ascend.reporting.disclosure.Shown;

/**
 * Programme sessions held in a financial year, by kind (module, action-learning set, masterclass...), with how many
 * attended, sent apologies or were absent. Disclosure-controlled unless shown as they are.
 */
public record SessionsHeld(String financialYear, boolean disclosureControlled, List<Kind> kinds, Kind total) {

    /** One kind of session ({@code kind} null in the total). */
    public record Kind(String kind, Shown sessions, Shown attended, Shown apologies, Shown absent) {
    }
}
