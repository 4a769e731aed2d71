package org.crossroads.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No class of the application reads an upload whole into the heap: every {@code MultipartFile} is moved to
 * disk ({@link UploadedFiles#receive}) or read as a bounded stream. Scans the compiled classes, so a new
 * upload page is covered without being listed here.
 */
class NoUploadInTheHeapTest {

    private static final String MULTIPART_FILE = "org/springframework/web/multipart/MultipartFile";
    private static final List<String> READ_WHOLE = List.of("getBytes", "getResource");

    @Test
    void noClassCallsGetBytesOnAnUpload() throws IOException {
        List<String> callers = new ArrayList<>();
        int scanned = 0;
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:org/crossroads/**/*.class")) {
            if (resource.getURL().getPath().contains("test-classes")) {
                continue;
            }
            scanned++;
            try (InputStream in = resource.getInputStream()) {
                ClassReader reader = new ClassReader(in);
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                            String[] exceptions) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                                if (owner.equals(MULTIPART_FILE) && READ_WHOLE.contains(name)) {
                                    callers.add(reader.getClassName() + "." + method + " calls MultipartFile." + name);
                                }
                            }
                        };
                    }
                }, ClassReader.SKIP_DEBUG);
            }
        }
        assertThat(scanned).as("classes scanned").isGreaterThan(100);
        assertThat(callers).isEmpty();
    }
}
