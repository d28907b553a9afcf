package dk.holbaek.experiments.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds a little programme through the API, as staff would, and checks each step was accepted. */
public final class Programme {

    private final Http staff;

    public Programme(Http staff) {
        this.staff = staff;
    }

    public String registerExperiment(String title) {
        Http.Response response = staff.post("/api/experiments", """
                {"title": "%s", "hypothesis": "Borgerne deltager, når mødet holdes lokalt",
                 "method": "LOCAL_DEBATE", "role": "INITIATED", "insightAreas": ["POLITICAL_DIRECTION"],
                 "targetGroups": ["FAMILIES_WITH_CHILDREN"], "localArea": "Tølløse",
                 "plannedStart": "2014-03-01", "plannedEnd": "2014-12-31", "owner": "Lokalforumkonsulent"}
                """.formatted(title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** A registered, approved and started experiment (started 2014-03-10). */
    public String runningExperiment(String title) {
        String id = registerExperiment(title);
        accepted(staff.post("/api/experiments/" + id + "/approval", "{\"approvedOn\": \"2014-03-04\", \"budgetDkk\": 25000}"));
        accepted(staff.post("/api/experiments/" + id + "/start", "{\"startedOn\": \"2014-03-10\"}"));
        return id;
    }

    public String logActivity(String experimentId, String occurredOn) {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities", activity(occurredOn));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("activityId").asString();
    }

    public String recordLearning(String experimentId) {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/learnings", """
                {"criterion": "POLITICAL_LEADERSHIP", "insight": "Politikerne hørte familiernes ønsker til legepladsen",
                 "evidence": "Referat", "knowledgeKinds": ["WISHES"], "assessment": 1, "recordedOn": "2014-04-01"}
                """);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("learningId").asString();
    }

    public int historyLength(String experimentId) {
        Http.Response history = staff.get("/api/experiments/" + experimentId + "/history");
        assertThat(history.status()).isEqualTo(200);
        return history.json().size();
    }

    public static String activity(String occurredOn) {
        return """
                {"title": "Borgermøde om budgettet", "kind": "MEETING", "occurredOn": "%s", "channel": "PHYSICAL",
                 "startsAt": "19:00", "durationMinutes": 120, "localArea": "Tølløse",
                 "participants": {"total": 85, "byGroup": {"FAMILIES_WITH_CHILDREN": 30, "YOUNG_PEOPLE": 12},
                                  "businesses": 4, "organisations": 3},
                 "councilMembersPresent": 3, "staffPresent": 4, "departments": ["Kultur og Fritid"],
                 "costs": [{"category": "CATERING", "amountDkk": 4200.50}],
                 "feedback": {"respondents": 40, "foundMeaningful": 31}}
                """.formatted(occurredOn);
    }

    private static void accepted(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
