package dk.holbaek.experiments.query.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The live rows in MongoDB, one collection per kind, each row written whole under its id (an upsert): writing the
 * same row twice leaves the same document. The projection writes them through {@link BatchRows}.
 */
@Component
public class MongoRows {

    static final List<Class<?>> KINDS = List.of(ExperimentRow.class, ActivityRow.class, LearningRow.class,
            InitiativeRow.class, CouncilInvolvementRow.class, RecommendationRow.class);

    private static final int READ_BATCH = 1000;

    private final MongoTemplate mongo;

    MongoRows(MongoTemplate mongoTemplate) {
        this.mongo = mongoTemplate;
    }

    Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable(mongo.findById(id, ExperimentRow.class));
    }

    Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(mongo.findById(id, RecommendationRow.class));
    }

    /** Writes many rows with one bulk write per kind, each row whole under its id. */
    void putAll(Collection<? extends Row> rows) {
        Map<Class<?>, List<Row>> byKind = rows.stream().collect(Collectors.groupingBy(Object::getClass));
        byKind.forEach((kind, ofKind) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, kind);
            ofKind.forEach(row -> bulk.replaceOne(Query.query(Criteria.where("_id").is(row.id())), row,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        });
    }

    /** The whole programme as the live read model has it now. */
    public Programme programme() {
        return new Programme(all(ExperimentRow.class), all(ActivityRow.class), all(LearningRow.class),
                all(InitiativeRow.class), all(CouncilInvolvementRow.class), all(RecommendationRow.class));
    }

    /** Every row of a kind, read in batches: one answer with a whole large collection would exceed a reply's size. */
    private <T> List<T> all(Class<T> kind) {
        return mongo.find(new Query().cursorBatchSize(READ_BATCH), kind);
    }

    void clear() {
        KINDS.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
    }
}
