package dk.holbaek.experiments.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;

class ClaimKeepingTokenStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecordingTokenStore store = new RecordingTokenStore();
    private final ClaimKeepingTokenStore tokens = new ClaimKeepingTokenStore(store, nanos::get, Duration.ofSeconds(2));

    @Test
    void aClaimRenewedMomentsAgo_isNotExtendedAgain_butAnOlderOneIs() {
        tokens.storeToken(new GlobalSequenceTrackingToken(5), "views", 0);
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        tokens.extendClaim("views", 0);
        assertThat(store.writes).containsExactly("store views/0");

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        tokens.extendClaim("views", 0);
        tokens.extendClaim("views", 0);
        assertThat(store.writes).containsExactly("store views/0", "extend views/0");
    }

    @Test
    void anotherSegment_aReleasedClaimAndAFailedStore_areAskedOfTheStore() {
        tokens.storeToken(new GlobalSequenceTrackingToken(5), "views", 0);
        tokens.extendClaim("views", 1);
        tokens.releaseClaim("views", 0);
        tokens.extendClaim("views", 0);
        assertThat(store.writes).containsExactly("store views/0", "extend views/1", "release views/0", "extend views/0");

        store.refuse = true;
        assertThatThrownBy(() -> tokens.storeToken(new GlobalSequenceTrackingToken(6), "views", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> tokens.extendClaim("views", 0)).as("a lost claim is not taken for granted")
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    /** Records the writes that reach the real store; refuses them all once another owner holds the claim. */
    private static final class RecordingTokenStore implements TokenStore {

        final List<String> writes = new ArrayList<>();
        boolean refuse;

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            write("store", processorName, segment);
        }

        @Override
        public void extendClaim(String processorName, int segment) {
            write("extend", processorName, segment);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            writes.add("release " + processorName + "/" + segment);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return null;
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[] {0};
        }

        private void write(String what, String processorName, int segment) {
            if (refuse) {
                throw new UnableToClaimTokenException("claimed by another node");
            }
            writes.add(what + " " + processorName + "/" + segment);
        }
    }
}
