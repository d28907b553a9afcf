package dk.holbaek.experiments.query.programme;

/** A row of the read model: written whole under its id. */
interface Row {

    String id();
}
