package dk.holbaek.experiments.core.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.exclude;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/**
 * Axon's event storage on MongoDB as a dense log of commits, without multi-document transactions.
 *
 * <p>One document per unit of work and aggregate ({@code commits}): {@code _id} is the commit's position, 0, 1, 2, …
 * with no gaps; it holds the commit's events, so they appear together or not at all. A writer inserts at the first
 * free position; a duplicate {@code _id} means another writer was first, and it moves on. Each commit carries two
 * keys, {@code "<aggregate>#<first sequence number>"} and {@code "<aggregate>#<last sequence number>"}, each under a
 * unique index: two writers of the same aggregate version become one success and one {@link ConcurrencyException}.
 * An event's tracking position is {@code commit position × 1000 + its index in the commit}: a
 * {@link GlobalSequenceTrackingToken}, one number.
 *
 * <p>Reads use {@code _id} and the unique keys only (the embedded server scans for anything else): loading an
 * aggregate asks for the commits starting at any of the next 64 sequence numbers in one lookup; a processor at the
 * head asks for the next positions; one that is far behind streams the rest of the log through a single cursor.
 * {@code snapshots} holds the latest snapshot of each aggregate under its identifier.
 *
 * <p>An event identifier appears once in the whole log (a unique index on the commits' event identifiers, and a
 * check within one append); an append that would repeat an identifier or an aggregate's sequence number stores
 * nothing and fails as Axon's contract says ({@link #handlePersistenceException}: {@code AggregateStreamCreationException}
 * for a first event, {@link ConcurrencyException} otherwise, {@code EventStoreException} when the builder's
 * persistence exception resolver does not call it a duplicate key).
 */
public class MongoCommitStorageEngine extends AbstractEventStorageEngine {

    /** Events per commit at most; the token's positions leave room for this many per commit. */
    static final int EVENTS_PER_COMMIT = 1000;
    private static final int LOOKUP_BATCH = 64;
    /**
     * Commits per reply: a commit holds up to 1,000 events, and an answer must stay below the driver's 48 MB
     * message limit (the embedded server does not cap a reply's size as MongoDB does).
     */
    private static final int REPLY_BATCH = 32;
    private static final String COMMITS = "commits";
    private static final String SNAPSHOTS = "snapshots";
    private static final String FORMAT = "commit_format";
    private static final String EVENT_KEYS = "eventKeys";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final Object appending = new Object();
    private long nextPosition = -1;

    public MongoCommitStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        addEventKeys(builder.database.getCollection(FORMAT));
        commits.createIndex(Indexes.ascending(Commits.FIRST_KEY), new IndexOptions().unique(true).name("first_event_key"));
        commits.createIndex(Indexes.ascending(Commits.LAST_KEY), new IndexOptions().unique(true).name("last_event_key"));
        commits.createIndex(Indexes.ascending(Commits.EVENT_IDENTIFIERS),
                new IndexOptions().unique(true).name("event_identifier"));
    }

    /** MongoDB's duplicate key error, or a duplicate this engine found within one append. */
    static boolean isDuplicateKey(Exception exception) {
        return exception instanceof DuplicateEventException
                || exception instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /**
     * Commits stored before they carried their event keys get them, once; the compound indexes that the keys
     * replace are dropped. Noted in {@code commit_format}, so that later starts need one lookup.
     */
    private void addEventKeys(MongoCollection<Document> format) {
        if (format.find(eq("_id", EVENT_KEYS)).first() != null) {
            return;
        }
        List<String> indexes = commits.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
        for (String replaced : List.of("aggregate_sequence", "aggregate_last_sequence")) {
            if (indexes.contains(replaced)) {
                commits.dropIndex(replaced);
            }
        }
        for (Document commit : commits.find(exists(Commits.FIRST_KEY, false)).projection(exclude("events"))) {
            String aggregate = commit.getString("aggregateIdentifier");
            commits.updateOne(eq("_id", commit.get("_id")), combine(
                    set(Commits.FIRST_KEY, Commits.key(aggregate, commit.getLong("firstSequenceNumber"))),
                    set(Commits.LAST_KEY, Commits.key(aggregate, commit.getLong("lastSequenceNumber")))));
        }
        format.replaceOne(eq("_id", EVENT_KEYS), new Document("_id", EVENT_KEYS), new ReplaceOptions().upsert(true));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        refuseDuplicatesWithin(events);
        List<List<? extends EventMessage<?>>> groups = commitsOf(events);
        synchronized (appending) {
            for (List<? extends EventMessage<?>> group : groups) {
                insert(group, serializer);
            }
        }
    }

    /** Two events of one append with one identifier, or at one aggregate's sequence number: nothing is stored. */
    private void refuseDuplicatesWithin(List<? extends EventMessage<?>> events) {
        Set<String> identifiers = new HashSet<>();
        Set<String> positions = new HashSet<>();
        for (EventMessage<?> event : events) {
            if (!identifiers.add(event.getIdentifier())) {
                handlePersistenceException(new DuplicateEventException(
                        "event identifier [" + event.getIdentifier() + "] appears twice in one append"), event);
            }
            if (event instanceof DomainEventMessage<?> domain
                    && !positions.add(Commits.key(domain.getAggregateIdentifier(), domain.getSequenceNumber()))) {
                handlePersistenceException(new DuplicateEventException("sequence number [" + domain.getSequenceNumber()
                        + "] of aggregate [" + domain.getAggregateIdentifier() + "] appears twice in one append"), event);
            }
        }
    }

    private void insert(List<? extends EventMessage<?>> events, Serializer serializer) {
        long position = nextPosition();
        while (true) {
            Document commit = Commits.document(position, events, serializer);
            try {
                commits.insertOne(commit);
                nextPosition = position + 1;
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                if (commits.find(eq(Commits.FIRST_KEY, commit.getString(Commits.FIRST_KEY))).first() != null
                        || commits.find(eq(Commits.LAST_KEY, commit.getString(Commits.LAST_KEY))).first() != null) {
                    handlePersistenceException(e, events.get(0));
                }
                for (EventMessage<?> event : events) {
                    if (commits.find(eq(Commits.EVENT_IDENTIFIERS, event.getIdentifier())).first() != null) {
                        handlePersistenceException(e, event);
                    }
                }
                position = firstFreePositionAfter(position);
            }
        }
    }

    /** Another writer took the position: the next free one is after the commits that now exist. */
    private long firstFreePositionAfter(long taken) {
        long position = taken + 1;
        while (commits.find(eq("_id", position)).first() != null) {
            position++;
        }
        return position;
    }

    private long nextPosition() {
        if (nextPosition < 0) {
            Document last = commits.find().sort(Sorts.descending("_id")).limit(1).first();
            nextPosition = last == null ? 0 : last.getLong("_id") + 1;
        }
        return nextPosition;
    }

    /** Consecutive events of one aggregate form one commit (split above {@link #EVENTS_PER_COMMIT}). */
    private static List<List<? extends EventMessage<?>>> commitsOf(List<? extends EventMessage<?>> events) {
        List<List<? extends EventMessage<?>>> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            boolean boundary = i == events.size() || i - start == EVENTS_PER_COMMIT
                    || !Commits.aggregateOf(events.get(i)).equals(Commits.aggregateOf(events.get(start)))
                    || !(events.get(i) instanceof DomainEventMessage<?>);
            if (boundary) {
                groups.add(events.subList(start, i));
                start = i;
            }
        }
        return groups;
    }

    /**
     * Keeps the newest snapshot: it replaces a stored one at a lower sequence number only, and is dropped when one at
     * the same or a higher number is stored. Every query names the {@code _id} alone, which any server answers from its
     * index (the embedded server reads a whole collection for a filter that adds a second condition). Two snapshots of
     * one aggregate taken at the same moment may leave the older: a snapshot only saves replaying the events after it,
     * which are read whatever snapshot is stored.
     */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = Commits.event(snapshot, serializer)
                .append("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType());
        for (int attempt = 0; attempt < 2; attempt++) {
            Document stored = snapshots.find(eq("_id", snapshot.getAggregateIdentifier()))
                    .projection(new Document("sequenceNumber", 1)).first();
            if (stored != null) {
                if (stored.getLong("sequenceNumber") < snapshot.getSequenceNumber()) {
                    snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document);
                }
                return;
            }
            try {
                snapshots.insertOne(document);
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // another snapshot of the aggregate was stored meanwhile: compare with it
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty()
                : Stream.of(Commits.domainEntry(snapshot, snapshot.getString("aggregateType"), aggregateIdentifier));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        List<DomainEventData<?>> entries = new ArrayList<>();
        for (Document commit : commitsFrom(aggregateIdentifier, firstSequenceNumber, true)) {
            String type = commit.getString("aggregateType");
            for (Document event : commit.getList("events", Document.class)) {
                if (event.getLong("sequenceNumber") >= firstSequenceNumber) {
                    entries.add(Commits.domainEntry(event, type, aggregateIdentifier));
                }
            }
        }
        return entries.stream();
    }

    /**
     * One event by its identifier (one lookup by the unique index), read as the log gives it to a processor: upcast,
     * with its position as the tracking token; empty when no event has that identifier.
     */
    public Optional<TrackedEventMessage<?>> eventById(String eventIdentifier) {
        Document commit = commits.find(eq(Commits.EVENT_IDENTIFIERS, eventIdentifier)).first();
        if (commit == null) {
            return Optional.empty();
        }
        List<Document> events = commit.getList("events", Document.class);
        for (int index = 0; index < events.size(); index++) {
            Document event = events.get(index);
            if (eventIdentifier.equals(event.getString("eventIdentifier"))) {
                TrackingToken token = new GlobalSequenceTrackingToken(commit.getLong("_id") * EVENTS_PER_COMMIT + index);
                TrackedEventData<?> data = Commits.isApplicationEvent(commit) ? new Commits.TrackedApplicationEvent(token, event)
                        : new TrackedDomainEventData<>(token, Commits.domainEntry(event, commit.getString("aggregateType"),
                        commit.getString("aggregateIdentifier")));
                return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), getEventSerializer(),
                        upcasterChain).findFirst();
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<Document> all = commitsFrom(aggregateIdentifier, 0, false);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).getLong("lastSequenceNumber"));
    }

    /**
     * The aggregate's commits from the one holding {@code sequenceNumber} on, in order. Each round trip asks for
     * the commits starting at any of the next {@link #LOOKUP_BATCH} numbers, by the unique first-event key. When none
     * starts at the number asked for but one ends just before it (after a snapshot, which is always taken at the end
     * of a commit), there are none; a number inside a commit is found by reading the aggregate from its start.
     */
    private List<Document> commitsFrom(String aggregateIdentifier, long sequenceNumber, boolean withEvents) {
        List<Document> window = window(aggregateIdentifier, sequenceNumber, withEvents);
        boolean startsThere = !window.isEmpty() && window.get(0).getLong("firstSequenceNumber") == sequenceNumber;
        if (sequenceNumber == 0 || startsThere) {
            return chain(aggregateIdentifier, sequenceNumber, window, withEvents);
        }
        if (window.isEmpty() && commits.find(eq(Commits.LAST_KEY, Commits.key(aggregateIdentifier, sequenceNumber - 1)))
                .first() != null) {
            return List.of();
        }
        return commitsFrom(aggregateIdentifier, 0, withEvents).stream()
                .filter(commit -> commit.getLong("lastSequenceNumber") >= sequenceNumber)
                .toList();
    }

    /** Follows the commits from {@code from} on: each one starts after the last; a full window asks for the next. */
    private List<Document> chain(String aggregateIdentifier, long from, List<Document> window, boolean withEvents) {
        List<Document> chain = new ArrayList<>();
        long windowStart = from;
        long expected = from;
        while (true) {
            for (Document commit : window) {
                if (commit.getLong("firstSequenceNumber") != expected) {
                    return chain;
                }
                chain.add(commit);
                expected = commit.getLong("lastSequenceNumber") + 1;
            }
            if (expected < windowStart + LOOKUP_BATCH) {
                return chain;
            }
            windowStart = expected;
            window = window(aggregateIdentifier, expected, withEvents);
        }
    }

    /** The aggregate's commits starting at {@code from} … {@code from + LOOKUP_BATCH - 1}, in order: one lookup. */
    private List<Document> window(String aggregateIdentifier, long from, boolean withEvents) {
        List<String> keys = LongStream.range(from, from + LOOKUP_BATCH)
                .mapToObj(number -> Commits.key(aggregateIdentifier, number)).toList();
        List<Document> found = (withEvents ? commits.find(in(Commits.FIRST_KEY, keys))
                : commits.find(in(Commits.FIRST_KEY, keys)).projection(exclude("events")))
                .batchSize(REPLY_BATCH).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(commit -> commit.getLong("firstSequenceNumber")));
        return found;
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        long next = token == null ? 0 : ((GlobalSequenceTrackingToken) token).getGlobalIndex() + 1;
        Iterator<TrackedEventData<?>> events = new TrackedEvents(next);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        Document last = commits.find().sort(Sorts.descending("_id")).limit(1).first();
        return last == null ? null : new GlobalSequenceTrackingToken(
                last.getLong("_id") * EVENTS_PER_COMMIT + last.getList("events", Document.class).size() - 1);
    }

    /** The position before the first commit recorded at or after {@code instant}; reads the log in order once. */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        try (MongoCursor<Document> cursor = commits.find().projection(exclude("events")).sort(Sorts.ascending("_id"))
                .batchSize(1000).iterator()) {
            while (cursor.hasNext()) {
                Document commit = cursor.next();
                if (!Instant.parse(commit.getString("timestamp")).isBefore(instant)) {
                    long position = commit.getLong("_id") * EVENTS_PER_COMMIT;
                    return position == 0 ? null : new GlobalSequenceTrackingToken(position - 1);
                }
            }
        }
        return createHeadToken();
    }

    /**
     * The events from a position on: first by one {@code _id} lookup of the next commits; when it comes back short it
     * reached the head, and the stream ends with those commits (the caller asks again for later ones). When a whole
     * batch is found the reader is behind, and the rest is streamed through one cursor in {@code _id} order.
     */
    private final class TrackedEvents implements Iterator<TrackedEventData<?>> {

        private long commit;
        private int index;
        private final List<Document> buffered = new ArrayList<>();
        private MongoCursor<Document> cursor;
        private Document current;
        private boolean ended;
        /** A lookup came back short: it reached the head, so this stream ends when its commits are read. */
        private boolean lookedUpHead;

        TrackedEvents(long position) {
            this.commit = position / EVENTS_PER_COMMIT;
            this.index = (int) (position % EVENTS_PER_COMMIT);
        }

        @Override
        public boolean hasNext() {
            while (!ended) {
                if (current != null && index < current.getList("events", Document.class).size()) {
                    return true;
                }
                if (current != null) {
                    commit = current.getLong("_id") + 1;
                    index = 0;
                    current = null;
                }
                current = nextCommit();
                if (current == null) {
                    ended = true;
                    close();
                }
            }
            return false;
        }

        @Override
        public TrackedEventData<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document event = current.getList("events", Document.class).get(index);
            TrackingToken token = new GlobalSequenceTrackingToken(commit * EVENTS_PER_COMMIT + index);
            index++;
            if (Commits.isApplicationEvent(current)) {
                return new Commits.TrackedApplicationEvent(token, event);
            }
            return new TrackedDomainEventData<>(token, Commits.domainEntry(event, current.getString("aggregateType"),
                    current.getString("aggregateIdentifier")));
        }

        private Document nextCommit() {
            if (cursor != null) {
                Document found = cursor.hasNext() ? cursor.next() : null;
                return found != null && found.getLong("_id") == commit ? found : null;
            }
            if (buffered.isEmpty()) {
                if (lookedUpHead) {
                    return null;
                }
                List<Long> positions = LongStream.range(commit, commit + LOOKUP_BATCH).boxed().toList();
                commits.find(in("_id", positions)).sort(Sorts.ascending("_id")).batchSize(REPLY_BATCH).into(buffered);
                if (buffered.size() == LOOKUP_BATCH) {
                    buffered.clear();
                    cursor = commits.find(gte("_id", commit)).sort(Sorts.ascending("_id")).batchSize(REPLY_BATCH)
                            .iterator();
                    return nextCommit();
                }
                lookedUpHead = true;
            }
            if (!buffered.isEmpty() && buffered.get(0).getLong("_id") == commit) {
                return buffered.remove(0);
            }
            buffered.clear();
            return null;
        }

        private void close() {
            if (cursor != null) {
                cursor.close();
            }
        }
    }

    /** Builds the engine on a MongoDB database. */
    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;

        Builder() {
            persistenceExceptionResolver(MongoCommitStorageEngine::isDuplicateKey);
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public MongoCommitStorageEngine build() {
            if (database == null) {
                throw new IllegalStateException("the MongoDB database is required");
            }
            return new MongoCommitStorageEngine(this);
        }
    }

    /** A duplicate within one append, found before anything was written. */
    static final class DuplicateEventException extends RuntimeException {

        DuplicateEventException(String message) {
            super(message);
        }
    }
}
