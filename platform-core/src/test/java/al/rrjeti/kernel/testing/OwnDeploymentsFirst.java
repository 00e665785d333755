package al.rrjeti.kernel.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that declare a {@code @Deployment} of their own first, then those sharing
 * an archive named with {@link SharedDeployment.Uses} (grouped by archive), then the others, which
 * share the module's archive ({@link SharedDeployment}): each shared archive is then deployed once,
 * instead of being undeployed for another class and deployed again for the next one of its own
 * (about half a minute each time). Within a group the classes keep their order. Named as JUnit's
 * default class orderer in the build's failsafe configuration.
 */
public final class OwnDeploymentsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> group(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().isAnnotationPresent(SharedDeployment.Uses.class)
                        ? d.getTestClass().getAnnotation(SharedDeployment.Uses.class).value().getName() : ""));
    }

    private static int group(Class<?> testClass) {
        if (SharedDeployment.Controller.declaresDeployment(testClass)) {
            return 0;
        }
        return testClass.isAnnotationPresent(SharedDeployment.Uses.class) ? 1 : 2;
    }
}
