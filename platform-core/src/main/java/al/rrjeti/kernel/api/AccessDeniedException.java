package al.rrjeti.kernel.api;

import al.rrjeti.kernel.api.BusinessException;

/** The caller may not do this. */
public class AccessDeniedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.access.denied");
    }
}
