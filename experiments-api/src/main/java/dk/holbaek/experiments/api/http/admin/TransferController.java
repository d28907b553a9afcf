package dk.holbaek.experiments.api.http.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dk.holbaek.experiments.api.ops.transfer.EventLog;
import dk.holbaek.experiments.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;

/** Export and import of the whole event log as JSON Lines (role ADMIN). */
@RestController
@RequestMapping("/api/admin/events")
class TransferController {

    static final String JSON_LINES = "application/x-ndjson";

    private final EventLog eventLog;

    TransferController(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @GetMapping(value = "/export", produces = JSON_LINES)
    ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> eventLog.export(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), count -> { });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JSON_LINES))
                .header("Content-Disposition", "attachment; filename=\"events.jsonl\"").body(body);
    }

    /** The body is written to a temporary file as it arrives (it is read twice, never held in memory). */
    @PostMapping(value = "/import", consumes = {JSON_LINES, MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
    Map<String, Long> importLog(HttpServletRequest request) throws IOException {
        Path spooled = Files.createTempFile("experiments-import-", ".jsonl");
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            return Map.of("imported", eventLog.importInto(spooled, count -> { }));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @ExceptionHandler(EventLog.StoreNotEmptyException.class)
    ResponseEntity<ProblemDetail> notEmpty(EventLog.StoreNotEmptyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "store-not-empty"));
    }
}
