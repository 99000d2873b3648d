package org.ascend.assessment.framework.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.framework.Criterion;
import org.ascend.assessment.framework.FrameworkService;

/** A framework version as a programme team writes it; {@code name} only when creating the first version. */
record FrameworkBody(@Size(max = 200) String name, @Size(max = 4000) String description, @NotNull @Valid Scale scale,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid CriterionBody> criteria) {

    /** Whole points from {@code min} to {@code max}, e.g. 1-5. */
    record Scale(@NotNull @Min(0) @Max(10) Integer min, @NotNull @Min(1) @Max(10) Integer max) {

        @AssertTrue(message = "min must be below max")
        boolean isOrdered() {
            return min == null || max == null || min < max;
        }
    }

    record CriterionBody(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be 1-40 lower-case letters, digits or '-'") String id,
            @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            @NotNull @Min(1) @Max(100) Integer weightPercent,
            @NotEmpty Map<@NotNull Integer, @NotBlank @Size(max = 1000) String> anchors) {
    }

    @AssertTrue(message = "criterion weights must add up to 100")
    boolean isWeightedToAHundred() {
        return criteria == null || criteria.stream().anyMatch(c -> c == null || c.weightPercent() == null)
                || criteria.stream().mapToInt(CriterionBody::weightPercent).sum() == 100;
    }

    @AssertTrue(message = "criterion ids must be unique")
    boolean isEachIdUnique() {
        return criteria == null || criteria.stream().anyMatch(c -> c == null)
                || new HashSet<>(criteria.stream().map(CriterionBody::id).toList()).size() == criteria.size();
    }

    /** Behaviourally anchored: an assessor can tell what every point looks like, and there are no others. */
    @AssertTrue(message = "every criterion needs an anchor for each point of the scale, and no other points")
    boolean isEveryPointAnchored() {
        if (scale == null || !scale.isOrdered() || scale.min() == null || scale.max() == null || criteria == null) {
            return true;
        }
        var points = IntStream.rangeClosed(scale.min(), scale.max()).boxed().collect(Collectors.toSet());
        return criteria.stream().allMatch(c -> c == null || c.anchors() == null || c.anchors().keySet().equals(points));
    }

    FrameworkService.Spec spec() {
        return new FrameworkService.Spec(description, scale.min(), scale.max(), criteria.stream()
                .map(c -> new Criterion(c.id(), c.name().strip(), c.description(), c.weightPercent(), Map.copyOf(c.anchors())))
                .toList());
    }
}
