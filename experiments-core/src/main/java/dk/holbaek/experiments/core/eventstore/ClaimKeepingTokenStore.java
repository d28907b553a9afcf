package dk.holbaek.experiments.core.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store that skips extending a claim this instance stored or extended moments ago. A tracking processor
 * extends its claim at the start of every batch and stores its token (which renews the claim) at the end, so a
 * processor folding one command's event at a time would write the token document twice per command. A claim lasts
 * far longer than {@code refreshAfter}; the token store still checks ownership when the batch's token is stored.
 */
public final class ClaimKeepingTokenStore implements TokenStore {

    private record Claim(String processorName, int segment) {
    }

    private final TokenStore delegate;
    private final LongSupplier nanoTime;
    private final long refreshAfterNanos;
    private final Map<Claim, Long> renewedAt = new ConcurrentHashMap<>();

    /** {@code nanoTime}: a monotonic clock in nanoseconds ({@code System::nanoTime}). */
    public ClaimKeepingTokenStore(TokenStore delegate, LongSupplier nanoTime, Duration refreshAfter) {
        this.delegate = delegate;
        this.nanoTime = nanoTime;
        this.refreshAfterNanos = refreshAfter.toNanos();
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        Claim claim = new Claim(processorName, segment);
        Long last = renewedAt.get(claim);
        if (last != null && nanoTime.getAsLong() - last < refreshAfterNanos) {
            return;
        }
        renewed(claim, () -> {
            delegate.extendClaim(processorName, segment);
            return null;
        });
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) throws UnableToClaimTokenException {
        renewed(new Claim(processorName, segment), () -> {
            delegate.storeToken(token, processorName, segment);
            return null;
        });
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        return renewed(new Claim(processorName, segment), () -> delegate.fetchToken(processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        return renewed(new Claim(processorName, segment.getSegmentId()),
                () -> delegate.fetchToken(processorName, segment));
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        renewedAt.remove(new Claim(processorName, segment));
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        renewedAt.remove(new Claim(processorName, segment));
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment)
            throws UnableToClaimTokenException {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }

    /** Runs a call that claims or renews the claim; a failed one forgets it, so the next extension asks the store. */
    private <T> T renewed(Claim claim, Supplier<T> call) {
        renewedAt.remove(claim);
        T result = call.get();
        renewedAt.put(claim, nanoTime.getAsLong());
        return result;
    }
}
