package dk.holbaek.experiments.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

/** The concerns the service sets for its MongoDB: a majority with journal on a replica set, else the server's own. */
class MongoConcernsTest {

    @Test
    void onAReplicaSet_writesWaitForAMajoritysJournal_andReadsSeeOnlyWhatAMajorityHolds() {
        MongoClientSettings settings = settings("mongodb://db1,db2,db3/experiments?replicaSet=rs0");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
    }

    @Test
    void aConnectionStringThatNamesItsConcerns_keepsThem() {
        MongoClientSettings settings = settings("mongodb://db1,db2,db3/?replicaSet=rs0&w=2&readConcernLevel=local");

        assertThat(settings.getWriteConcern()).isEqualTo(new WriteConcern(2));
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.LOCAL);
    }

    @Test
    void aStandaloneServer_keepsTheDriversConcerns() {
        MongoClientSettings settings = settings("mongodb://127.0.0.1:27017/experiments");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.ACKNOWLEDGED);
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.DEFAULT);
    }

    private static MongoClientSettings settings(String uri) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        MongoConcerns.apply(uri, builder);
        return builder.build();
    }
}
