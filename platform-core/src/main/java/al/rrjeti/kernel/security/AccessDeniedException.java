package al.rrjeti.kernel.security;

import al.rrjeti.kernel.BusinessException;

/** The caller may not do this. */
public class AccessDeniedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.access.denied");
    }
}
