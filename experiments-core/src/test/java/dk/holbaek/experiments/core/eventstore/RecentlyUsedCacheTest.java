package dk.holbaek.experiments.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentlyUsedCacheTest {

    @Test
    void whenFull_theLeastRecentlyUsedEntryMakesRoom() {
        RecentlyUsedCache cache = new RecentlyUsedCache(2);
        List<String> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add((String) key);
            }
        });
        cache.put("exp-1", "first");
        cache.put("exp-2", "second");
        assertThat((String) cache.get("exp-1")).isEqualTo("first");

        cache.put("exp-3", "third");

        assertThat(cache.containsKey("exp-1")).isTrue();
        assertThat(cache.containsKey("exp-2")).as("used least recently").isFalse();
        assertThat(cache.containsKey("exp-3")).isTrue();
        assertThat(expired).containsExactly("exp-2");
    }

    @Test
    void putIfAbsent_keepsWhatIsThere_andRemovalEmptiesIt() {
        RecentlyUsedCache cache = new RecentlyUsedCache(10);
        assertThat(cache.putIfAbsent("exp-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("exp-1", "other")).isFalse();
        assertThat((String) cache.get("exp-1")).isEqualTo("first");

        assertThat(cache.remove("exp-1")).isTrue();
        assertThat(cache.remove("exp-1")).isFalse();
        cache.put("exp-2", "second");
        cache.removeAll();
        assertThat(cache.containsKey("exp-2")).isFalse();
    }
}
