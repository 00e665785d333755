package al.rrjeti.library.domain;

/** What an editor writes about a link. Descriptions may be missing in one language. */
public record LinkDetails(LinkCategory category, String nameSq, String nameEn, String url, String descriptionSq,
        String descriptionEn) {

    /** Trimmed, with blank texts as null. */
    public LinkDetails normalised() {
        return new LinkDetails(category, clean(nameSq), clean(nameEn), clean(url), clean(descriptionSq),
                clean(descriptionEn));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
