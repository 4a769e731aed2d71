package org.crossroads.commitments;

/**
 * A signature as a form or a file gives it, before it is checked: a city or an organisation, the date (a year, a month
 * or a day, or blank), the office that signed.
 */
public record SignatureDraft(String framework, String city, String organisation, String kind,
        boolean onBehalfOfMembers, String signed, String office, boolean restricted, Source source) {
}
