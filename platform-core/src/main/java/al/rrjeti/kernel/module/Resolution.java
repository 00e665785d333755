package al.rrjeti.kernel.module;

import java.util.Optional;

/** The outcome of resolution for one module. */
public record Resolution(ModuleState state, Optional<Inactivity> reason) {

    static final Resolution ACTIVE = new Resolution(ModuleState.ACTIVE, Optional.empty());
    static final Resolution DISABLED = new Resolution(ModuleState.DISABLED, Optional.empty());

    static Resolution inactive(Inactivity why) {
        return new Resolution(ModuleState.INACTIVE, Optional.of(why));
    }

    public boolean isActive() {
        return state == ModuleState.ACTIVE;
    }
}
