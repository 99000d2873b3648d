package org.ascend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code ./ascend up} records a service's start-up cache and when it starts from it (docs/performance.md). */
class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");

    @TempDir
    Path repository;

    private final ServiceSpec service = new ServiceSpec("recruitment-service", "recruitment-service", 8081, null, Map.of());
    private Path caches;
    private Path cache;

    @BeforeEach
    void builtJar() throws Exception {
        Files.createDirectories(service.jar(repository).getParent());
        Files.writeString(service.jar(repository), "the built service");
        caches = repository.resolve(".ascend/aot");
        cache = caches.resolve("recruitment-service.aot");
    }

    @Test
    void theFirstStartRecordsAndTheNextStartsFromTheCache() throws Exception {
        AotCache aot = AotCache.of("auto", 25, caches, repository);
        assertThat(aot.step(service, OPTIONS)).isEqualTo(AotCache.Step.RECORD);
        assertThat(aot.step(service, OPTIONS)).as("no cache was written yet (the service has not stopped)")
                .isEqualTo(AotCache.Step.RECORD);

        Files.writeString(cache, "written by the JVM as it stopped");
        assertThat(aot.step(service, OPTIONS)).isEqualTo(AotCache.Step.USE);
        assertThat(aot.step(service, OPTIONS)).isEqualTo(AotCache.Step.USE);
    }

    @Test
    void aRebuiltJarOrOtherJvmOptionsRecordAgainAndDropTheOldCache() throws Exception {
        AotCache aot = AotCache.of("auto", 25, caches, repository);
        aot.step(service, OPTIONS);
        Files.writeString(cache, "cache of the first build");

        Files.setLastModifiedTime(service.jar(repository), FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(aot.step(service, OPTIONS)).isEqualTo(AotCache.Step.RECORD);
        assertThat(cache).as("a recording cut short leaves no stale cache").doesNotExist();

        Files.writeString(cache, "cache of the rebuilt jar");
        assertThat(aot.step(service, OPTIONS)).isEqualTo(AotCache.Step.USE);
        assertThat(aot.step(service, List.of("-Xmx384m", "-XX:+UseParallelGC"))).isEqualTo(AotCache.Step.RECORD);
    }

    @Test
    void beforeJdk25ItIsOffUnlessAskedForByName() {
        assertThat(AotCache.of("auto", 17, caches, repository).step(service, OPTIONS)).isEqualTo(AotCache.Step.NONE);
        assertThat(AotCache.of("auto", 17, caches, repository).plan(service, OPTIONS).jar())
                .as("the built jar, not an extracted copy").isEqualTo(service.jar(repository));
        assertThat(AotCache.of("off", 25, caches, repository).step(service, OPTIONS)).isEqualTo(AotCache.Step.NONE);
        assertThatThrownBy(() -> AotCache.of("train", 17, caches, repository)).hasMessageContaining("needs JDK 25");
        assertThatThrownBy(() -> AotCache.of("sometimes", 25, caches, repository)).hasMessageContaining("auto, off, train or use");
        assertThatThrownBy(() -> AotCache.of("use", 25, caches, repository).step(service, OPTIONS))
                .hasMessageContaining("run once with ASCEND_AOT=train first");
    }
}
