package dk.holbaek.experiments.query.programme;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;

/**
 * Whether a failure means the database's disk is full: MongoDB's error 14031 (OutOfDiskSpace), which the embedded
 * store also answers when its disk has less free space than it keeps in reserve. Writes are refused until space is
 * freed; what is stored stays readable, and no event is to blame.
 */
public final class StorageFull {

    /** MongoDB's code for a write refused because the disk is full. */
    public static final int OUT_OF_DISK_SPACE = 14031;

    private StorageFull() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk
                    && bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == OUT_OF_DISK_SPACE)) {
                return true;
            }
            if (cause instanceof MongoException mongo && mongo.getCode() == OUT_OF_DISK_SPACE) {
                return true;
            }
        }
        return false;
    }
}
