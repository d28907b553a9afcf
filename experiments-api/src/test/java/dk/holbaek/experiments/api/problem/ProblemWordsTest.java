package dk.holbaek.experiments.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.api.Flaw;

/** Every way a field can be wrong has its Danish sentence, with the same placeholders as the English one. */
class ProblemWordsTest {

    @Test
    void everyFlaw_isWordedInDanish_withTheArgumentsTheEnglishNames() throws IOException {
        Properties danish = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Flaw flaw : Flaw.values()) {
            String words = danish.getProperty("flaw." + flaw.name());
            assertThat(words).as("flaw.%s in messages.properties", flaw.name()).isNotBlank();
            for (int argument = 0; argument < 3; argument++) {
                assertThat(words.contains("{" + argument + "}")).as("flaw.%s names {%d}", flaw.name(), argument)
                        .isEqualTo(flaw.english().contains("{" + argument + "}"));
            }
        }
    }
}
