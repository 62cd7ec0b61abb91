package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A generated class compiled with the JDK's compiler against the test class path (ND4J and nothing of
 * Perceptra's is needed, but the class path holds both), loaded in its own class loader and run through
 * {@code load(Path)} and {@code predict}, as a student's program would.
 */
final class GeneratedJava {
    private GeneratedJava() {
    }

    /** Compiles {@code written}'s source into {@code classes} and loads the class. */
    static Class<?> compile(JavaExport.Written written, Path classes) throws Exception {
        return compile(List.of(written), classes).get(0);
    }

    /** Compiles the sources in one go (javac's start is most of the cost) and loads the classes, in order. */
    static List<Class<?>> compile(List<JavaExport.Written> written, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests run on a JDK").isNotNull();
        StringWriter messages = new StringWriter();
        File[] sources = written.stream().map(w -> w.source().toFile()).toArray(File[]::new);
        boolean ok = javac.getTask(messages, null, null, List.of("-classpath", System.getProperty("java.class.path"),
                        "-d", classes.toString(), "-Xlint:all,-path,-processing,-options", "-Werror"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(sources)).call();
        assertThat(ok).as("the generated classes compile without warnings:%n%s", messages).isTrue();
        // The parent loader resolves ND4J; the classes themselves only exist in the folder.
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedJava.class.getClassLoader());
        List<Class<?>> out = new ArrayList<>();
        for (JavaExport.Written w : written) {
            out.add(loader.loadClass(w.className()));
        }
        return out;
    }

    /** {@code Class.load(weights).predict(rows)}, flattened. */
    static float[] predict(Class<?> generated, Path weights, float[] flat, int count) throws Exception {
        Object network = generated.getMethod("load", Path.class).invoke(null, weights);
        int size = flat.length / count;
        float[][] rows = new float[count][size];
        for (int i = 0; i < count; i++) {
            System.arraycopy(flat, i * size, rows[i], 0, size);
        }
        Method predict = generated.getMethod("predict", float[][].class);
        float[][] out = (float[][]) predict.invoke(network, (Object) rows);
        int width = out[0].length;
        float[] result = new float[count * width];
        for (int i = 0; i < count; i++) {
            System.arraycopy(out[i], 0, result, i * width, width);
        }
        return result;
    }
}
