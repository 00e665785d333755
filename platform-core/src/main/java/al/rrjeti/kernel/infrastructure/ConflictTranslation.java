package al.rrjeti.kernel.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Every bean with a {@code @Transactional} method, in the kernel and in every module, answers an
 * optimistic-lock conflict as a {@link al.rrjeti.kernel.api.ConflictException}: no module has to
 * remember it, and a conflict never reaches a person as a server error.
 */
public class ConflictTranslation implements Extension {

    <T> void answerConflicts(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        if (!type.getAnnotatedType().getJavaClass().isInterface()) {
            type.configureAnnotatedType().add(AnswersConflicts.Literal.INSTANCE);
        }
    }
}
