package al.rrjeti.kernel.infrastructure;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds {@link ConflictInterceptor}; {@link ConflictTranslation} puts it on every transactional bean. */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnswersConflicts {

    /** The annotation as a value, for the extension. */
    final class Literal extends AnnotationLiteral<AnswersConflicts> implements AnswersConflicts {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
