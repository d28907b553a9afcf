package dk.holbaek.experiments.core.recommendation.api;

/** Who adopted a recommendation: the project committee, or the city council itself. */
public enum AdoptingBody {
    PROJECT_COMMITTEE, CITY_COUNCIL
}
