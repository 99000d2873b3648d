package org.ascend.recruitment;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.recruitment.privacy.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs run once per tick however many instances of the service run (docs/architecture.md):
 * each carries a ShedLock lock, held in the service's database.
 */
class JobsRunOnceTest extends ServiceIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LockProvider lockProvider;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetentionJob retention;

    @Test
    void everyScheduledJobTakesALock() {
        List<Method> scheduled = scheduledJobs();

        assertThat(scheduled).as("the outbox resubmitter, intake closer and retention").hasSizeGreaterThanOrEqualTo(3);
        assertThat(scheduled).allSatisfy(job -> assertThat(job.getAnnotation(SchedulerLock.class))
                .as(job.getDeclaringClass().getSimpleName() + "." + job.getName()).isNotNull());
    }

    @Test
    void twoInstancesAtTheSameTickRunEachJobOnce() {
        var instanceA = new DefaultLockingTaskExecutor(lockProvider);
        var instanceB = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue("instance-b").build()));
        for (Method job : scheduledJobs()) {
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            String name = "test-" + UUID.randomUUID().toString().substring(0, 8) + "-" + lock.name(); // real rows stay theirs
            AtomicInteger runs = new AtomicInteger();
            Runnable tick = () -> runs.incrementAndGet();

            Runnable aWhileBTicks = () -> {
                tick.run();
                // B's tick while A still runs: another instance is another thread (ShedLock lets a thread re-enter its own lock).
                Thread b = new Thread(() -> instanceB.executeWithLock(tick, configuration(name, lock)), "instance-b");
                b.start();
                join(b);
            };
            instanceA.executeWithLock(aWhileBTicks, configuration(name, lock));
            instanceB.executeWithLock(tick, configuration(name, lock)); // B's tick just after A finished

            assertThat(runs).as(lock.name() + " ran once").hasValue(1);
        }
    }

    @Test
    void theServicesOwnJobIsSkippedWhileAnotherRunHoldsItsLock() {
        retention.nightly(); // a first run takes the lock for at least lockAtLeastFor
        assertThat(jdbc.sql("SELECT lock_until > now() FROM shedlock WHERE name = 'retention'").query(Boolean.class).single())
                .as("the lock is held").isTrue();

        String intakeId = openIntake(as("programme-manager"));
        var withdrawing = asNewApplicant();
        String applicationId = withdrawing.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");
        assertThat(withdrawing.post("/api/recruitment/applications/" + applicationId + "/withdraw", "").status()).isEqualTo(200);
        jdbc.sql("UPDATE intake SET status = 'CLOSED', opens_at = now() - interval '9 months', closes_at = now() - interval '8 months' "
                + "WHERE id = :id").param("id", UUID.fromString(intakeId)).update();

        retention.nightly(); // the same tick on another instance: skipped

        assertThat(anonymisedAt(applicationId)).as("the second run was skipped").isNull();
        retention.run(); // what a platform admin's "run now" does: no lock
        assertThat(anonymisedAt(applicationId)).isNotNull();
    }

    private Instant anonymisedAt(String applicationId) {
        return jdbc.sql("SELECT anonymised_at FROM application WHERE id = :id").param("id", UUID.fromString(applicationId))
                .query(Instant.class).optional().orElse(null);
    }

    private List<Method> scheduledJobs() {
        List<Method> jobs = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.ascend")) {
                continue;
            }
            for (Method method : AopUtils.getTargetClass(context.getBean(name)).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(method);
                }
            }
        }
        return jobs;
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static LockConfiguration configuration(String name, SchedulerLock lock) {
        return new LockConfiguration(Instant.now(), name, Duration.parse(lock.lockAtMostFor()), Duration.parse(lock.lockAtLeastFor()));
    }
}
