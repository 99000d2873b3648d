package org.ascend.assessment.pack;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import feign.FeignException;
import org.ascend.assessment.allocation.Allocation;
import org.ascend.assessment.allocation.AllocationService;
import org.ascend.assessment.client.RecruitmentClient;
import org.ascend.assessment.client.RecruitmentResilience;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Blind review (docs/domain.md §2): an assessor opens the anonymised pack of an application allocated to
 * them, fetched fresh from recruitment; when recruitment cannot answer, the last fetched pack is served
 * and marked stale, and a pack never fetched is a clear 503.
 */
@Service
public class PackService {

    private static final Logger log = LoggerFactory.getLogger(PackService.class);

    /** The pack, and whether it may be out of date. */
    public record PackView(UUID applicationId, Map<String, Object> pack, boolean stale, Instant fetchedAt, String note) {
    }

    private final AllocationService allocations;
    private final RecruitmentClient recruitment;
    private final RecruitmentResilience resilience;
    private final PackCache cache;

    PackService(AllocationService allocations, RecruitmentClient recruitment, RecruitmentResilience resilience, PackCache cache) {
        this.allocations = allocations;
        this.recruitment = recruitment;
        this.resilience = resilience;
        this.cache = cache;
    }

    public PackView open(UUID allocationId, Caller assessor) {
        Allocation allocation = allocations.ownActive(allocationId, assessor);
        UUID applicationId = allocation.applicationId();
        try {
            Map<String, Object> pack = resilience.call(() -> recruitment.pack(applicationId));
            Instant now = Instant.now();
            cache.store(applicationId, pack, now);
            return new PackView(applicationId, pack, false, now, null);
        } catch (FeignException.NotFound e) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "pack-not-found", "No pack for this application",
                    "Recruitment has no pack for this application: it was withdrawn or erased. Nothing more to assess.");
        } catch (RuntimeException e) {
            log.warn("Recruitment pack unavailable for application {} (circuit {}): {}", applicationId, resilience.state(),
                    e.toString());
            return cache.find(applicationId)
                    .map(c -> new PackView(applicationId, c.pack(), true, c.fetchedAt(),
                            "Recruitment is not answering; this is the pack as fetched at " + c.fetchedAt()
                                    + " and may be out of date."))
                    .orElseThrow(() -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "recruitment-unavailable",
                            "Pack unavailable",
                            "Recruitment is not answering and this pack has not been fetched before. Try again in a few minutes."));
        }
    }
}
