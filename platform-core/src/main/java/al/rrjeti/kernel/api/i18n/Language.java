package al.rrjeti.kernel.api.i18n;

import java.util.Locale;
import java.util.Optional;

/** The platform's languages: Albanian first, English second. */
public enum Language {
    SQ(Locale.forLanguageTag("sq")),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = SQ;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language for a code such as {@code en} or {@code sq-AL}, if the platform has it. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(code.trim()).getLanguage();
        for (Language l : values()) {
            if (l.code().equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
