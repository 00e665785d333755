package al.rrjeti.kernel.module;

/** Where a module stands after resolution. */
public enum ModuleState {
    /** Enabled and every requirement met: menus, pages, REST and search are live. */
    ACTIVE,
    /** Switched off by an operator. */
    DISABLED,
    /** Enabled, but a requirement is not met; the {@link Inactivity} says which. */
    INACTIVE
}
