package dk.holbaek.experiments.api.config.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The embedded MongoDB-compatible server that runs when no MongoDB URI is configured.
 *
 * @param backend {@code file} keeps the data in {@code file} across restarts; {@code memory} forgets it on exit
 * @param file    the H2 file that holds the data
 * @param reserve the free space the file's disk keeps: below it, writes are refused (507), reads go on
 */
@ConfigurationProperties("experiments.mongodb.embedded")
record EmbeddedMongoProperties(Backend backend, String file, DataSize reserve) {

    enum Backend { FILE, MEMORY }

    EmbeddedMongoProperties {
        backend = backend == null ? Backend.FILE : backend;
        file = file == null ? "./data/experiments.mv" : file;
        reserve = reserve == null ? DataSize.ofMegabytes(64) : reserve;
    }
}
