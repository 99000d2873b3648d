package org.ascend.cohort;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.cohort.offer.OfferService;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.cohort.CohortTestSupport.offersMade;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offer-expiry job with two instances of the service (docs/cohorts.md): the same tick on both runs it once
 * (ShedLock), and even two runs at once expire each offer once and promote the waiting list once.
 */
class OfferExpiryJobTest extends ServiceIntegrationTest {

    @Autowired
    OfferService offers;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoRunsAtOnceExpireEachOfferOnceAndPromoteOnce() throws Exception {
        var offered = offersMade(as("programme-manager"), 2, 4, 0);
        pastDeadline(offered.cohortId(), 1, 2);

        List<Callable<Integer>> bothInstances = List.of(offers::expireDue, offers::expireDue);
        var pool = Executors.newFixedThreadPool(2);
        int expired = 0;
        try {
            for (Future<Integer> run : pool.invokeAll(bothInstances)) {
                expired += run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(expired).as("each offer expired by one run").isEqualTo(2);
        assertThat(statuses(offered.cohortId())).containsExactly("EXPIRED", "EXPIRED", "OFFERED", "OFFERED");
    }

    @Test
    void theJobTakesALockSoTheSameTickOnAnotherInstanceIsSkipped() throws Exception {
        Object job = context.getBean("offerExpiry");
        Method tick = AopUtils.getTargetClass(job).getDeclaredMethod("expireDue");
        assertThat(tick.getAnnotation(SchedulerLock.class)).as("expireDue carries a ShedLock lock").isNotNull();
        tick.setAccessible(true);
        var offered = offersMade(as("programme-manager"), 1, 2, 0);
        tick.invoke(job); // this instance's tick: holds the lock for at least lockAtLeastFor (5 s)
        pastDeadline(offered.cohortId(), 1, 1);

        tick.invoke(job); // the same tick on another instance, moments later

        assertThat(statuses(offered.cohortId())).as("skipped while the lock is held").containsExactly("OFFERED", "WAITLISTED");
        assertThat(offers.expireDue()).as("the work itself is still there").isEqualTo(1);
    }

    private void pastDeadline(String cohortId, int fromRank, int toRank) {
        jdbc.sql("UPDATE offer SET respond_by = now() - interval '1 minute' WHERE cohort_id = :cohort AND rank BETWEEN :from AND :to")
                .param("cohort", UUID.fromString(cohortId)).param("from", fromRank).param("to", toRank).update();
    }

    private List<String> statuses(String cohortId) {
        return new ArrayList<>(as("programme-manager").get("/api/cohorts/cohorts/" + cohortId + "/offers").body()
                .findValuesAsString("status"));
    }
}
