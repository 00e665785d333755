package al.rrjeti.library.tutorials;

import al.rrjeti.kernel.testing.Browser;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * Makes the platform's two video tutorials from the running platform itself, so they stay true as
 * the pages change: each tutorial is a journey driven in headless Chromium, one screenshot per
 * step, narrated in Albanian by espeak-ng, with WebVTT captions in Albanian and English, encoded by
 * ffmpeg to WebM (VP9 and Opus). Not a test: run it against a trial platform started with the
 * README's run command (it registers accounts and an organisation, and the operator verifies it).
 *
 * <pre>mvn -pl module-library -am -Ptutorials process-test-classes [-Dtutorial.url=http://localhost:8080]</pre>
 *
 * It writes {@code citizens.webm}, {@code citizens.sq.vtt}, {@code citizens.en.vtt} and the same
 * for {@code network} into the library's resources, which a new installation puts in the
 * tutorial places on its first start ({@code TutorialSeed}). Needs Debian's {@code chromium},
 * {@code chromium-driver}, {@code ffmpeg} and {@code espeak-ng}.
 */
public final class TutorialRecorder {

    private static final Logger LOG = Logger.getLogger(TutorialRecorder.class.getName());
    /** Silence after each narrated step, so the viewer can look at the screen. */
    private static final double PAUSE = 1.2;

    /** One step: what the browser does, then what the narrator says about the screen it left. */
    record Step(String sq, String en, BrowserAction action) {
    }

    @FunctionalInterface
    interface BrowserAction {
        void run(Tutor tutor) throws Exception;
    }

    private final Path out;
    private final Path work;

    private TutorialRecorder(Path out, Path work) {
        this.out = out;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        URL app = new URL(System.getProperty("tutorial.url", "http://localhost:8080") + "/");
        Path out = Path.of(System.getProperty("tutorial.out", "src/main/resources/META-INF/rrjeti/library/tutorials"));
        Path work = Files.createDirectories(Path.of(System.getProperty("tutorial.work", "target/tutorials")));
        Files.createDirectories(out);
        TutorialRecorder recorder = new TutorialRecorder(out, work);
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Tutor tutor = new Tutor(app, run)) {
            recorder.record("citizens", Scripts.citizens(), tutor);
        }
        try (Tutor tutor = new Tutor(app, run)) {
            recorder.record("network", Scripts.network(), tutor);
        }
    }

    private void record(String name, List<Step> steps, Tutor tutor) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        List<Double> durations = new ArrayList<>();
        StringBuilder images = new StringBuilder("ffconcat version 1.0\n");
        StringBuilder sounds = new StringBuilder("ffconcat version 1.0\n");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            step.action().run(tutor);
            tutor.settle();
            Path shot = dir.resolve(String.format(Locale.ROOT, "%02d.png", i));
            Files.write(shot, tutor.active().driver().getScreenshotAs(OutputType.BYTES));
            Path voice = dir.resolve(String.format(Locale.ROOT, "%02d.wav", i));
            exec(dir, "espeak-ng", "-v", "sq", "-s", "145", "-w", voice.toString(), step.sq());
            Path padded = dir.resolve(String.format(Locale.ROOT, "%02d-padded.wav", i));
            exec(dir, "ffmpeg", "-y", "-loglevel", "error", "-i", voice.toString(), "-af",
                    "apad=pad_dur=" + PAUSE, "-ar", "24000", "-ac", "1", padded.toString());
            double seconds = wavSeconds(padded);
            durations.add(seconds);
            images.append("file '").append(shot.getFileName()).append("'\nduration ")
                    .append(String.format(Locale.ROOT, "%.3f", seconds)).append('\n');
            sounds.append("file '").append(padded.getFileName()).append("'\n");
            LOG.info(() -> name + " step " + shot.getFileName() + ": " + String.format(Locale.ROOT, "%.1f s", seconds));
        }
        // The concat demuxer shows the last image only if it is listed once more.
        images.append("file '").append(String.format(Locale.ROOT, "%02d.png", steps.size() - 1)).append("'\n");
        Files.writeString(dir.resolve("images.txt"), images);
        Files.writeString(dir.resolve("sounds.txt"), sounds);
        Path video = out.resolve(name + ".webm");
        exec(dir, "ffmpeg", "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", "images.txt",
                "-f", "concat", "-safe", "0", "-i", "sounds.txt", "-map", "0:v", "-map", "1:a",
                "-vf", "fps=4,scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p",
                "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "42", "-deadline", "good", "-row-mt", "1",
                "-c:a", "libopus", "-b:a", "24k", "-shortest", video.toAbsolutePath().toString());
        Files.writeString(out.resolve(name + ".sq.vtt"), captions(steps, durations, true), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(name + ".en.vtt"), captions(steps, durations, false), StandardCharsets.UTF_8);
        double total = durations.stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%s: %d steps, %.0f s, %d KB%n", video, steps.size(), total,
                Files.size(video) / 1024);
    }

    /** WebVTT with one cue per step, in the step's time on the video. */
    static String captions(List<Step> steps, List<Double> durations, boolean albanian) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        double at = 0;
        for (int i = 0; i < steps.size(); i++) {
            double end = at + durations.get(i) - PAUSE / 2;
            vtt.append(i + 1).append('\n').append(time(at)).append(" --> ").append(time(end)).append('\n')
                    .append(albanian ? steps.get(i).sq() : steps.get(i).en()).append("\n\n");
            at += durations.get(i);
        }
        return vtt.toString();
    }

    static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** Length of a 16-bit PCM WAV file as ffmpeg writes it (a 44-byte header before the samples, one channel). */
    private static double wavSeconds(Path wav) throws IOException {
        byte[] header = Files.readAllBytes(wav);
        int rate = (header[24] & 0xff) | (header[25] & 0xff) << 8 | (header[26] & 0xff) << 16 | (header[27] & 0xff) << 24;
        int channels = header[22] & 0xff;
        long data = header.length - 44L;
        return data / (double) (rate * channels * 2);
    }

    private static void exec(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** The browsers of one tutorial: the person it follows, and the operator where one acts. */
    static final class Tutor implements AutoCloseable {
        private final URL app;
        final String run;
        private Browser person;
        private Browser operator;
        private Browser active;

        Tutor(URL app, String run) {
            this.app = app;
            this.run = run;
        }

        Browser person() {
            if (person == null) {
                person = sized(new Browser(app));
            }
            active = person;
            return person;
        }

        Browser operator() {
            if (operator == null) {
                operator = sized(new Browser(app));
            }
            active = operator;
            return operator;
        }

        Browser active() {
            return active == null ? person() : active;
        }

        private static Browser sized(Browser b) {
            b.driver().manage().window().setSize(new Dimension(1280, 720));
            return b;
        }

        /** Lets the page finish drawing (fonts, PrimeFaces widgets) before its picture is taken. */
        void settle() throws InterruptedException {
            Thread.sleep(400);
        }

        @Override
        public void close() {
            if (person != null) {
                person.close();
            }
            if (operator != null) {
                operator.close();
            }
        }
    }
}
