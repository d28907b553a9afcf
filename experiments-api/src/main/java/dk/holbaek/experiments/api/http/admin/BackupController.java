package dk.holbaek.experiments.api.http.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.ops.backup.Backup;

/**
 * A backup while the service runs (role ADMIN), into a new directory under {@code experiments.backup.directory} on
 * the service's machine; answers with its manifest and where it is.
 */
@RestController
@RequestMapping("/api/admin/backup")
class BackupController {

    /** The manifest, and the directory the backup was written to. */
    record Written(String directory, Backup.Manifest manifest) {
    }

    private final Backup backup;

    BackupController(Backup backup) {
        this.backup = backup;
    }

    @PostMapping
    ResponseEntity<Written> take() {
        Backup.Taken taken = backup.take(count -> { });
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Written(taken.directory().toAbsolutePath().normalize().toString(), taken.manifest()));
    }
}
