package al.rrjeti.kernel.module;

import al.rrjeti.kernel.api.BusinessException;

/** No module with that id is installed. */
public class UnknownModuleException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownModuleException(String id) {
        super("error.module.unknown", id);
    }
}
