package al.rrjeti.kernel;

import al.rrjeti.kernel.spi.Version;

/** Facts about the kernel itself. */
public final class Kernel {

    /** The kernel's API version, which modules' {@code requiresKernel} ranges are checked against. */
    public static final Version VERSION = new Version(1, 0, 0);

    private Kernel() {
    }
}
