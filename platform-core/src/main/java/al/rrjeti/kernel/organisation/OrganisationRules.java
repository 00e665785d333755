package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.EmailAddress;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What an organisation's details must look like. */
final class OrganisationRules {

    private static final Pattern REGISTRATION = Pattern.compile("[\\p{L}\\p{N} ./\\-]{3,50}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]{3,290}");

    private OrganisationRules() {
    }

    static void check(OrganisationDetails d) {
        List<Violation> v = new ArrayList<>();
        if (d.type() == null) {
            v.add(new Violation("type", "input.required"));
        }
        length(v, "name", d.name(), 2, 200, true);
        if (d.registrationNumber() == null || !REGISTRATION.matcher(d.registrationNumber().strip()).matches()) {
            v.add(new Violation("registrationNumber", "organisation.registration.invalid"));
        }
        length(v, "address", d.address(), 0, 300, false);
        if (d.website() != null && !d.website().isBlank() && !WEBSITE.matcher(d.website().strip()).matches()) {
            v.add(new Violation("website", "organisation.website.invalid"));
        }
        if (!EmailAddress.isValid(d.contactEmail())) {
            v.add(new Violation("contactEmail", "input.email.invalid"));
        }
        length(v, "descriptionSq", d.descriptionSq(), 0, 4000, false);
        length(v, "descriptionEn", d.descriptionEn(), 0, 4000, false);
        if (blank(d.descriptionSq()) && blank(d.descriptionEn())) {
            v.add(new Violation("descriptionSq", "organisation.description.required"));
        }
        InvalidInputException.throwIfAny(v);
    }

    private static void length(List<Violation> v, String field, String value, int min, int max, boolean required) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty() && required) {
            v.add(new Violation(field, "input.required"));
        } else if (!s.isEmpty() && (s.length() < min || s.length() > max)) {
            v.add(new Violation(field, "input.length", min, max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
