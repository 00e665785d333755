package al.rrjeti.kernel.module;

import java.util.List;

/**
 * Why an enabled module could not be activated. The code names a message
 * ({@code module.reason.<code>}) in the kernel's bundle; the arguments fill it.
 */
public record Inactivity(Code code, List<String> arguments) {

    /** The reasons the resolver knows. */
    public enum Code {
        INVALID_ID, DUPLICATE_ID, KERNEL_VERSION, MISSING, VERSION_MISMATCH,
        DEPENDENCY_DISABLED, DEPENDENCY_INACTIVE, CYCLE, MIGRATION_FAILED
    }

    public Inactivity {
        arguments = List.copyOf(arguments);
    }

    static Inactivity of(Code code, Object... arguments) {
        return new Inactivity(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String messageKey() {
        return "module.reason." + code.name().toLowerCase(java.util.Locale.ROOT);
    }
}
