package org.ascend.reporting.rebuild.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.reporting.rebuild.ReadModelRebuilder;
import org.ascend.reporting.rebuild.ReadModelTables;
import org.ascend.reporting.rebuild.Rebuild;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The read models' state, and their rebuild from the topics (docs/reporting.md). For platform admins. */
@RestController
@PreAuthorize("hasRole('platform-admin')")
class ReadModelController {

    private final ReadModelRebuilder rebuilder;
    private final ReadModelTables tables;

    ReadModelController(ReadModelRebuilder rebuilder, ReadModelTables tables) {
        this.rebuilder = rebuilder;
        this.tables = tables;
    }

    record ReadModels(List<String> topics, List<ReadModelTables.TableChecksum> tables) {
    }

    /**
     * Each read-model table's row count and checksum (md5 over its rows, independent of the order they were written),
     * and the topics they are built from. A rebuild gives the same checksums when no events arrived meanwhile.
     */
    @GetMapping("/api/reporting/read-models")
    ReadModels readModels() {
        return new ReadModels(rebuilder.topics().stream().sorted().toList(), tables.checksums("public"));
    }

    /**
     * @param confirm must be true: the rebuild replaces every read model, and consumers pause for a moment at the end
     * @param evenIfTrimmed rebuild even when a topic's first records are gone (retention), leaving their events out
     */
    record RebuildRequest(Boolean confirm, Boolean evenIfTrimmed) {
    }

    /**
     * Starts rebuilding every read model from the topics, from offset zero, into fresh tables that then replace the
     * live ones. Answers 202 with the rebuild, whose progress is at its Location.
     */
    @PostMapping("/api/reporting/read-models/rebuilds")
    @ResponseStatus(HttpStatus.ACCEPTED) // also names the status in the API document
    ResponseEntity<Rebuild> rebuild(@RequestBody RebuildRequest request) {
        if (!Boolean.TRUE.equals(request.confirm())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "confirm-rebuild", "Confirm the rebuild",
                    "A rebuild replaces every read model and pauses the consumers briefly at its end. Send confirm: true "
                            + "to start it.");
        }
        Rebuild started = rebuilder.start(Boolean.TRUE.equals(request.evenIfTrimmed()));
        return ResponseEntity.accepted().location(URI.create("/api/reporting/read-models/rebuilds/" + started.id()))
                .body(started);
    }

    /** A rebuild's state and progress: records replayed of the total, percent, events per second. */
    @GetMapping("/api/reporting/read-models/rebuilds/{rebuildId}")
    Rebuild rebuild(@PathVariable UUID rebuildId) {
        return rebuilder.find(rebuildId).orElseThrow(() -> ApiProblem.notFound("Rebuild", rebuildId));
    }
}
