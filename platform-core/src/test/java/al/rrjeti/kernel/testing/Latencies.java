package al.rrjeti.kernel.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs timed operations on concurrent clients and prints percentiles, for benchmarks. */
public final class Latencies {

    /** One client's operation; returns its latency in µs. */
    @FunctionalInterface
    public interface Operation {
        long run(int client, int iteration) throws Exception;
    }

    private Latencies() {
    }

    /** Runs {@code perClient} operations on each of {@code clients} threads at once; all latencies in µs. */
    public static List<Long> measure(int clients, int perClient, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < perClient; i++) {
                        times.add(operation.run(client, i));
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /** Prints one line: p50, p95, p99 and max in milliseconds. */
    public static void report(String what, List<Long> micros) {
        System.out.println(line(what, micros));
    }

    /** One line of figures: the count, p50, p95, p99 and max in milliseconds. */
    public static String line(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-52s n %5d   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms",
                what, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** The p-th percentile of sorted µs values, in ms. */
    public static double percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
