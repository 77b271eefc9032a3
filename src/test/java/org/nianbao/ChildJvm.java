package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code App} run in its own JVM on the test class path, in a folder, under a chosen locale and JVM options. */
record ChildJvm(Path folder, String locale, List<String> jvmOptions) {

    record Result(int status, String stdout, String stderr) {
    }

    ChildJvm(Path folder, String locale) {
        this(folder, locale, List.of());
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), App.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout").toFile())
                .redirectError(folder.resolve("stderr").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANG") || key.equals("LANGUAGE"));
        env.put("LANG", locale);
        env.put("LC_ALL", locale);
        env.put("NIANBAO_ROUTES", "file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml");
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the child JVM ends");
        return new Result(process.exitValue(), Files.readString(folder.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
