package org.nianbao.convert.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * The two ONNX Runtime sessions (text detection, text recognition) and the character list. One engine
 * serves every thread; its native memory (about 150–250 MB while a page is read) lies outside the Java
 * heap. Spinning worker threads are switched off: they burn CPU without speeding up these models.
 *
 * <p>A thread inside ONNX Runtime while the process exits crashes it (the library's own state is torn
 * down under it, and the JVM writes a crash report into the working folder): {@link #stopRuns} lets the
 * runs in progress end and refuses new ones, and {@link #close} does so before freeing the sessions.
 */
public final class OcrEngine implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession detection;
    private final OrtSession recognition;
    private final List<String> characters;
    /** How long closing waits for the runs in progress. */
    static final long CLOSE_WAIT_MILLIS = 10_000;
    private final Object runs = new Object();
    private int running;
    private boolean stopping;

    private OcrEngine(OrtEnvironment environment, OrtSession detection, OrtSession recognition, List<String> characters) {
        this.environment = environment;
        this.detection = detection;
        this.recognition = recognition;
        this.characters = characters;
    }

    /** Loads the models from the classpath into sessions using {@code threads} threads each. */
    public static OcrEngine load(int threads) throws OcrException {
        OcrModels models = OcrModels.load();
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                options.setMemoryPatternOptimization(false);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
                options.addConfigEntry("session.set_denormal_as_zero", "1");
                OrtSession detection = environment.createSession(models.detection(), options);
                OrtSession recognition = environment.createSession(models.recognition(), options);
                return new OcrEngine(environment, detection, recognition, models.characters());
            }
        } catch (OrtException | UnsatisfiedLinkError e) {
            throw new OcrException("the OCR engine (ONNX Runtime) cannot start: " + e.getMessage(), e);
        }
    }

    /** The character of each recognition class after the CTC blank (class 0). */
    List<String> characters() {
        return characters;
    }

    /** Runs detection on a normalised {@code [1,3,height,width]} input; the text probability of each pixel. */
    float[] detect(float[] input, int height, int width) throws OcrException {
        enter();
        try {
            return run(detection, input, new long[] {1, 3, height, width});
        } finally {
            leave();
        }
    }

    /**
     * Runs recognition on a normalised {@code [count,3,48,width]} batch; class probabilities per
     * image, time step and class, flattened.
     */
    Output recognize(float[] input, int count, int height, int width) throws OcrException {
        long[] shape = {count, 3, height, width};
        enter();
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
             OrtSession.Result result = recognition.run(Map.of(recognition.getInputNames().iterator().next(), tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] outShape = out.getInfo().getShape();
            FloatBuffer buffer = out.getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return new Output(values, (int) outShape[1], (int) outShape[2]);
        } catch (OrtException e) {
            throw new OcrException("text recognition failed: " + e.getMessage(), e);
        } finally {
            leave();
        }
    }

    private void enter() throws OcrException {
        synchronized (runs) {
            if (stopping) {
                throw new OcrException("the OCR engine is stopping (the process is exiting)", null);
            }
            running++;
        }
    }

    private void leave() {
        synchronized (runs) {
            running--;
            runs.notifyAll();
        }
    }

    /**
     * Refuses new runs and waits up to {@code millis} for those in progress to end (one run takes well
     * under a second); true when none is left.
     */
    public boolean stopRuns(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (runs) {
            stopping = true;
            while (running > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                try {
                    runs.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Recognition output: {@code steps} time steps of {@code classes} probabilities per image. */
    record Output(float[] values, int steps, int classes) {
    }

    private float[] run(OrtSession session, float[] input, long[] shape) throws OcrException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        } catch (OrtException e) {
            throw new OcrException("text detection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws OcrException {
        if (!stopRuns(CLOSE_WAIT_MILLIS)) {
            throw new OcrException("the OCR engine is still reading after " + CLOSE_WAIT_MILLIS + " ms; its sessions are left open", null);
        }
        try {
            detection.close();
            recognition.close();
        } catch (OrtException e) {
            throw new OcrException("the OCR engine could not be closed: " + e.getMessage(), e);
        }
    }
}
