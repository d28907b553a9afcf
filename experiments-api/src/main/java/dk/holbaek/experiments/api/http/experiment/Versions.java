package dk.holbaek.experiments.api.http.experiment;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.Flaw;

/** Versions as entity tags: version 4 is {@code "4"}; {@code If-Match: *} or no header asks for no check. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("If-Match", Flaw.VERSION);
    }
}
