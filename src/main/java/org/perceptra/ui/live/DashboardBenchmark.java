package org.perceptra.ui.live;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingListener;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.fx.FxToolkit;

/**
 * Not a test: measures training speed with the whole dashboard on screen against the same run headless, the
 * frames per second the FX thread keeps while training, and how long an event takes from the training thread to
 * the views. Runs alternate (headless, dashboard, headless, …) after a warm-up run of each, so JIT warm-up and
 * machine load fall on both sides alike. Besides frame rates and speeds, which depend on the machine's load, it
 * prints CPU time per second of training: of the FX and render threads (and of the X server, given its process id
 * as {@code -Dbench.xvfb=PID}), and each view's share of the FX thread's. Run under a display (Xvfb) with {@code -Dprism.order=sw} and
 * {@code OMP_NUM_THREADS=1}:
 * {@code java -XX:+UseZGC -cp … org.perceptra.ui.live.DashboardBenchmark sample-projects/spiral.perceptra [ROUNDS [EPOCHS]]}
 * ({@code -Dbench.warmup=SECONDS}: warm-up pairs of runs for at least that long, 60 by default;
 * {@code -Dbench.verbose=true}: the training thread's CPU per step and its kernel part, run by run). The busiest
 * threads it lists come from {@code /proc/self/task} on Linux, so the JIT compilers and ZGC's workers show too:
 * with short rounds (MNIST's 10 epochs, 1.3 s) the compilers took a third of a core in the dashboard rounds.
 */
public final class DashboardBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final String RENDER_THREAD = "QuantumRenderer-0";
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Project project;
    private final List<Double> headlessCpu = new ArrayList<>();
    private final List<Double> dashboardCpu = new ArrayList<>();
    private final List<Double> fxShare = new ArrayList<>();
    private final List<Double> renderShare = new ArrayList<>();
    private final List<Double> processShare = new ArrayList<>();
    private final List<Double> headlessProcessShare = new ArrayList<>();
    private final List<Double> xvfbShare = new ArrayList<>();
    private final List<Double> pixelLatencies = new ArrayList<>();
    private final Map<String, long[]> costs = new java.util.TreeMap<>();
    private final Map<String, Double> headlessThreads = new java.util.HashMap<>();
    private final Map<String, Double> dashboardThreads = new java.util.HashMap<>();
    private Map<String, Long> threadsAtStart = Map.of();
    private double measuredSeconds;
    /** The X server's process, when its id is given as {@code -Dbench.xvfb=PID}: its CPU counts against the UI. */
    private final ProcessHandle xvfb = Long.getLong("bench.xvfb") == null ? null
            : ProcessHandle.of(Long.getLong("bench.xvfb")).orElse(null);
    private final Path folder;
    private Stage stage;

    private DashboardBenchmark(Project project, Path folder) {
        this.project = project;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "sample-projects/spiral.perceptra").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Project project = ProjectFiles.load(file);
        if (args.length > 2) { // fewer epochs for a quick look; full speed needs ~3,000 steps of warm-up
            var t = project.training();
            project = project.withTraining(t.withBatchAndEpochs(t.batchSize(), Integer.parseInt(args[2])));
        }
        DashboardBenchmark bench = new DashboardBenchmark(project, file.getParent());
        // As the window does (decision 0019): without it ZGC's growing heap cost MNIST runs half their speed.
        System.out.println("ZGC soft maximum heap: " + org.perceptra.ui.HeapTarget.applyToThisProcess()
                .map(b -> b / (1 << 20) + " MiB").orElse("not set"));
        FxCosts.enable();
        FxToolkit.startWithStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            bench.stage = s;
            FxToolkit.keepAliveWithoutWindows();
        });
        // Warm-up pairs until the JIT has had its time: after 10 s its compiler threads still took a third of a core
        // in the dashboard rounds (6% after 60 s), so that short runs measured the compiler, not the dashboard.
        long warmUpNanos = (long) (Double.parseDouble(System.getProperty("bench.warmup", "60")) * 1e9);
        long warmUpStart = System.nanoTime();
        int pairs = 0;
        do {
            double h = bench.headless();
            double d = bench.withDashboard(new ArrayList<>())[0];
            pairs++;
            System.out.printf(Locale.ROOT, "warm-up %d: headless %.0f steps/s, dashboard %.0f steps/s%n", pairs, h, d);
        } while (System.nanoTime() - warmUpStart < warmUpNanos);
        bench.forgetWarmUp();
        List<Double> headless = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> fps = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            headless.add(bench.headless());
            double[] d = bench.withDashboard(latencies);
            shown.add(d[0]);
            fps.add(d[1]);
            System.out.printf(Locale.ROOT, "round %d: headless %.0f steps/s, dashboard %.0f steps/s (%.0f%%), "
                    + "%.1f fps%n", r + 1, headless.get(r), d[0], 100 * d[0] / headless.get(r), d[1]);
        }
        double h = mean(headless);
        double s = mean(shown);
        double[] lat = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "mean: headless %.0f steps/s, dashboard %.0f steps/s = %.1f%% of headless; "
                        + "UI %.1f fps (lowest round %.1f)%n", h, s, 100 * s / h, mean(fps),
                fps.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratios[r] = shown.get(r) / headless.get(r);
        }
        java.util.Arrays.sort(ratios);
        // One busy second on a shared machine moves a single round by tens of percent; the median round does not.
        System.out.printf(Locale.ROOT, "median of the rounds' ratios: %.1f%% of headless (rounds %.0f-%.0f%%)%n",
                100 * (rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2),
                100 * ratios[0], 100 * ratios[rounds - 1]);
        if (lat.length > 0) {
            System.out.printf(Locale.ROOT, "event to views: median %.1f ms, 95th percentile %.1f ms, max %.1f ms "
                    + "(%d events)%n", lat[lat.length / 2],
                    lat[(int) (lat.length * 0.95)], lat[lat.length - 1], lat.length);
        }
        System.out.printf(Locale.ROOT, "training thread CPU per step: headless %.3f ms, dashboard %.3f ms (%.1f%%)%n",
                mean(bench.headlessCpu), mean(bench.dashboardCpu),
                100 * mean(bench.dashboardCpu) / mean(bench.headlessCpu));
        if (!bench.pixelLatencies.isEmpty()) {
            double[] px = bench.pixelLatencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "step event to loss-chart pixels: median %.1f ms, 95th percentile %.1f ms, "
                    + "max %.1f ms (%d events)%n", px[px.length / 2], px[(int) (px.length * 0.95)], px[px.length - 1],
                    px.length);
        }
        System.out.printf(Locale.ROOT, "CPU while training, in %% of one core: FX thread %.1f, renderer %.1f, "
                        + "whole process %.1f (headless %.1f)%s%n",
                100 * mean(bench.fxShare), 100 * mean(bench.renderShare), 100 * mean(bench.processShare),
                100 * mean(bench.headlessProcessShare),
                bench.xvfb == null ? "" : String.format(Locale.ROOT, ", Xvfb %.1f", 100 * mean(bench.xvfbShare)));
        DIRTY.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> System.out.println("  dirty: " + e.getValue() + " x " + e.getKey()));
        printShares("busiest threads, headless (% of one core):", bench.headlessThreads, rounds);
        printShares("busiest threads, dashboard (% of one core):", bench.dashboardThreads, rounds);
        System.out.println("FX thread CPU time per second of training (mean of the dashboard rounds):");
        bench.costs.forEach((what, t) -> System.out.printf(Locale.ROOT, "  %-40s %6.1f ms/s in %6.1f calls/s%n", what,
                t[0] / 1e6 / bench.measuredSeconds, t[1] / bench.measuredSeconds));
        FxToolkit.exit();
        System.exit(0);
    }

    /** The dashboard's warm-up run JIT-compiles the UI; its figures would charge that to the UI. */
    private void forgetWarmUp() {
        headlessCpu.clear();
        headlessProcessShare.clear();
        headlessThreads.clear();
        dashboardCpu.clear();
        fxShare.clear();
        renderShare.clear();
        processShare.clear();
        xvfbShare.clear();
        pixelLatencies.clear();
        costs.clear();
        dashboardThreads.clear();
        measuredSeconds = 0;
    }

    private static final Map<String, Integer> DIRTY = new java.util.TreeMap<>();

    private static java.lang.reflect.Field cssFlag;

    /** Whether JavaFX will process the node's CSS at this pulse (its package-private flag, read by reflection). */
    private static boolean cssDirty(javafx.scene.Node n) {
        try {
            if (cssFlag == null) {
                cssFlag = javafx.scene.Node.class.getDeclaredField("cssFlag");
                cssFlag.setAccessible(true);
            }
            String flag = String.valueOf(cssFlag.get(n)); // DIRTY_BRANCH only leads to nodes below that need it
            return !"CLEAN".equals(flag) && !"DIRTY_BRANCH".equals(flag);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // another JavaFX, without the field: layout requests are still counted
        }
    }

    /**
     * Debugging aid (-Dbench.dirty=true): counts the deepest parents asking for layout at each pulse, and the
     * highest nodes whose CSS is to be processed again.
     */
    private static boolean dirty(javafx.scene.Parent p) {
        boolean below = false;
        for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
            if (cssDirty(n) && !cssDirty(p)) {
                DIRTY.merge("CSS: " + n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "")
                        + " in " + p.getClass().getSimpleName() + (p.getId() != null ? "#" + p.getId() : ""),
                        1, Integer::sum);
            }
            if (n instanceof javafx.scene.Parent c && dirty(c)) {
                below = true;
            }
        }
        if (p.isNeedsLayout() && !below) {
            String where = p.getClass().getSimpleName() + (p.getId() != null ? "#" + p.getId() : "")
                    + " in " + (p.getParent() == null ? "-" : p.getParent().getClass().getSimpleName())
                    + " in " + (p.getParent() == null || p.getParent().getParent() == null ? "-"
                    : p.getParent().getParent().getClass().getSimpleName());
            DIRTY.merge(where, 1, Integer::sum);
        }
        return below || p.isNeedsLayout();
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private RunPreparation.Outcome prepare(TrainingListener listener) {
        return RunPreparation.prepare(project.graph(), project.dataset(), project.training(), folder,
                Runtime.getRuntime().maxMemory(), listener);
    }

    /** Steps per second of one whole run with nobody watching but a run log (what the CLI does). */
    private double headless() throws InterruptedException {
        RunLog log = new RunLog();
        RunPreparation.Outcome outcome = prepare(e -> {
            log.onEvent(e);
            measureTrainingThread(e, headlessCpu);
        });
        if (!(outcome instanceof RunPreparation.Ready ready)) {
            throw new IllegalStateException(((RunPreparation.Refused) outcome).message());
        }
        long cpu = OS.getProcessCpuTime();
        Map<String, Long> threads = cpuByThreadGroup();
        long t0 = System.nanoTime();
        ready.session().start();
        ready.session().awaitEnd(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        headlessProcessShare.add((OS.getProcessCpuTime() - cpu) / 1e9 / seconds);
        addShares(threads, seconds, headlessThreads); // the warm-up's are forgotten
        return speed(log.ending());
    }

    /** On the training thread: at the end of a run, its CPU time per step (ms). */
    private static void measureTrainingThread(TrainingEvent e, List<Double> into) {
        if (e instanceof TrainingEvent.RunFinished f && f.iteration() > 0) {
            into.add(THREADS.getCurrentThreadCpuTime() / 1e6 / f.iteration());
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.printf(Locale.ROOT, "  training thread: %.3f ms CPU per step, of which %.3f ms in the kernel"
                        + " (%.0f steps/s)%n", THREADS.getCurrentThreadCpuTime() / 1e6 / f.iteration(),
                        (THREADS.getCurrentThreadCpuTime() - THREADS.getCurrentThreadUserTime()) / 1e6 / f.iteration(),
                        f.iteration() / f.seconds());
            }
        }
    }

    private static long cpuOf(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(threadName))
                .mapToLong(t -> THREADS.getThreadCpuTime(t.getId())).sum();
    }

    /** CPU time (ns) so far of every live thread, by name with numbers dropped ("GC Thread#0" and "#1" together). */
    private static Map<String, Long> cpuByThreadGroup() {
        Map<String, Long> byName = new java.util.HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (java.nio.file.Files.isDirectory(tasks)) { // Linux: every thread, the JVM's own (GC, compilers) too
            try (var all = java.nio.file.Files.list(tasks)) {
                all.forEach(task -> {
                    try {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, 1/100 s
                        byName.merge(name.replaceAll("[0-9]+", "#"), ticks * 10_000_000L, Long::sum);
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return byName;
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long ns = THREADS.getThreadCpuTime(t.getId());
            if (ns > 0) {
                byName.merge(t.getName().replaceAll("[0-9]+", "#"), ns, Long::sum);
            }
        }
        return byName;
    }

    /** Adds the CPU each thread group used since {@code before}, per second of {@code seconds}, into {@code into}. */
    private static void addShares(Map<String, Long> before, double seconds, Map<String, Double> into) {
        cpuByThreadGroup().forEach((k, v) -> into.merge(k, (v - before.getOrDefault(k, 0L)) / 1e9 / seconds,
                Double::sum));
    }

    private static void printShares(String title, Map<String, Double> sums, int runs) {
        System.out.println(title);
        sums.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %5.1f%%%n", e.getKey(), 100 * e.getValue() / runs));
    }

    private static double speed(TrainingEvent end) {
        if (end instanceof TrainingEvent.RunFinished f) {
            return f.iteration() / f.seconds();
        }
        throw new IllegalStateException("run did not finish: " + end);
    }

    /**
     * Steps per second and frames per second of one run with the dashboard visible; adds event latencies (ms) to the
     * views, and to the loss chart's pixels: taken just after the second frame after the chart redrew (the first
     * hands the new picture to the renderer; the second waits until the renderer has painted it).
     */
    private double[] withDashboard(List<Double> latencies) throws InterruptedException {
        Map<TrainingEvent, Long> sentAt = new ConcurrentHashMap<>();
        CountDownLatch over = new CountDownLatch(1);
        AtomicLong frames = new AtomicLong();
        TrainingEvent[] end = new TrainingEvent[1];
        long[] span = new long[2];
        long[] cpu = new long[4];
        long[] layoutStart = new long[1];
        List<Long> applied = new ArrayList<>();
        List<Long> redrawn = new ArrayList<>();
        List<Long> handedToRenderer = new ArrayList<>();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long ignored) {
                frames.incrementAndGet();
                if (!handedToRenderer.isEmpty()) {
                    // Runs once this frame is over, and this frame waits for the last one to be painted.
                    List<Long> painted = List.copyOf(handedToRenderer);
                    javafx.application.Platform.runLater(() -> {
                        long now = System.nanoTime();
                        painted.forEach(t -> pixelLatencies.add((now - t) / 1e6));
                    });
                }
                handedToRenderer.clear();
                handedToRenderer.addAll(redrawn);
                redrawn.clear();
            }
        };
        FxToolkit.runAndWait(() -> {
            LiveTraining training = LiveTraining.onFxThread(listener -> prepare(e -> {
                sentAt.put(e, System.nanoTime());
                measureTrainingThread(e, dashboardCpu);
                listener.onEvent(e);
            }));
            training.addObserver(new LiveTraining.Observer() {
                @Override
                public void runPrepared(RunInfo run) {
                    frames.set(0);
                    span[0] = System.nanoTime();
                    cpu[0] = cpuOf(FX_THREAD);
                    cpu[1] = cpuOf(RENDER_THREAD);
                    cpu[2] = OS.getProcessCpuTime();
                    cpu[3] = xvfbCpu();
                    threadsAtStart = cpuByThreadGroup();
                    FxCosts.takeAll();
                }

                @Override
                public void eventsArrived(List<TrainingEvent> events) {
                    long now = System.nanoTime();
                    for (TrainingEvent e : events) {
                        Long t = sentAt.remove(e);
                        if (t != null) {
                            latencies.add((now - t) / 1e6);
                            if (e instanceof TrainingEvent.Iterations) {
                                applied.add(t);
                            }
                        }
                        if (e instanceof TrainingEvent.RunFinished || e instanceof TrainingEvent.RunFailed) {
                            end[0] = e;
                            span[1] = now;
                            cpu[0] = cpuOf(FX_THREAD) - cpu[0];
                            cpu[1] = cpuOf(RENDER_THREAD) - cpu[1];
                            cpu[2] = OS.getProcessCpuTime() - cpu[2];
                            cpu[3] = xvfbCpu() - cpu[3];
                            FxCosts.takeAll().forEach((k, v) -> {
                                long[] sum = costs.computeIfAbsent(k, x -> new long[2]);
                                sum[0] += v[0];
                                sum[1] += v[1];
                            });
                            over.countDown();
                        }
                    }
                }
            });
            TrainingDashboard dashboard = new TrainingDashboard(training);
            dashboard.lossView().afterRedraw(() -> {
                redrawn.addAll(applied);
                applied.clear();
            });
            Scene scene = new Scene(dashboard, 1280, 800);
            scene.addPreLayoutPulseListener(() -> {
                if (Boolean.getBoolean("bench.dirty")) {
                    dirty(scene.getRoot());
                }
                layoutStart[0] = FxCosts.cpuNow();
            });
            scene.addPostLayoutPulseListener(() -> FxCosts.add("pulse: CSS and layout",
                    FxCosts.cpuNow() - layoutStart[0]));
            stage.setScene(scene);
            stage.show();
            counter.start();
            training.train();
        });
        over.await(1, TimeUnit.HOURS);
        long counted = frames.get();
        FxToolkit.runAndWait(() -> {
            counter.stop();
            stage.hide();
        });
        double seconds = (span[1] - span[0]) / 1e9;
        measuredSeconds += seconds;
        fxShare.add(cpu[0] / 1e9 / seconds);
        renderShare.add(cpu[1] / 1e9 / seconds);
        processShare.add(cpu[2] / 1e9 / seconds);
        addShares(threadsAtStart, seconds, dashboardThreads);
        xvfbShare.add(cpu[3] / 1e9 / seconds);
        return new double[] {speed(end[0]), counted / seconds};
    }

    private long xvfbCpu() {
        return xvfb == null ? 0 : xvfb.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
