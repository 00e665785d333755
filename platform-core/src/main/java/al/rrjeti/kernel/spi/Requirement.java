package al.rrjeti.kernel.spi;

/** One module that another module needs, with the versions it accepts. */
public record Requirement(String moduleId, VersionRange versions) {

    public static Requirement of(String moduleId, String range) {
        return new Requirement(moduleId, VersionRange.of(range));
    }

    @Override
    public String toString() {
        return moduleId + " " + versions;
    }
}
