package al.rrjeti.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KernelJobsTest {

    @Test
    void aModulesJobRunsOnlyWhileItsModuleIsActive() {
        Set<String> active = new HashSet<>(Set.of("library"));
        AtomicInteger runs = new AtomicInteger();
        Runnable job = KernelJobs.whileActive("library", runs::incrementAndGet, active::contains);

        job.run();
        assertThat(runs).hasValue(1);

        active.remove("library"); // the operator switches the module off
        job.run();
        job.run();
        assertThat(runs).as("nothing runs while the module is off").hasValue(1);

        active.add("library"); // and on again: the same schedule goes on
        job.run();
        assertThat(runs).hasValue(2);
    }
}
