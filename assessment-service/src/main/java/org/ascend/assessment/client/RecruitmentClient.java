package org.ascend.assessment.client;

import java.util.Map;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Recruitment's service API: the anonymised pack (answers and non-identifying profile fields only). */
@FeignClient(name = "recruitment", url = "${ascend.recruitment.url}")
public interface RecruitmentClient {

    @GetMapping("/api/recruitment/applications/{id}/pack")
    Map<String, Object> pack(@PathVariable("id") UUID applicationId);
}
