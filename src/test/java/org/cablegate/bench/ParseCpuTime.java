package org.cablegate.bench;

import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;

/**
 * CPU time per operation of {@link ParseBenchmark}'s three benchmarks, same inputs, same operations. On cores shared
 * with other builds JMH's wall-clock throughput measures the neighbours as much as the parser; the thread's CPU time
 * does not. Each round runs each benchmark for {@code seconds} of CPU time; the first rounds are warm-up. MB per
 * CPU-second = bytes per op / CPU seconds per op. Run (see README):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.bench.ParseCpuTime 3 4}.
 */
public final class ParseCpuTime {

    private interface Operation {
        void run(Blackhole bh) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        var bench = new ParseBenchmark();
        bench.load();
        var bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        var names = new String[]{"csvRows", "csvFile", "htmlPages"};
        var bytes = new long[]{bench.csvRowsBytes, bench.csvFileBytes, bench.htmlPagesBytes};
        var operations = new Operation[]{bench::csvRows, bench::csvFile, bench::htmlPages};
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (int b = 0; b < operations.length; b++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                int ops = 0;
                while (threads.getCurrentThreadCpuTime() - cpu0 < seconds * 1e9) {
                    operations[b].run(bh);
                    ops++;
                }
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                System.out.printf("round %d %-9s %5d ops  %7.2f ms CPU per op = %6.1f ops per CPU-second = %5.1f MB per "
                                + "CPU-second (wall: %5.1f MB/s)%n", round, names[b], ops, cpu * 1e3 / ops, ops / cpu,
                        bytes[b] * ops / cpu / 1e6, bytes[b] * ops / wall / 1e6);
            }
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }
}
