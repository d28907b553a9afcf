package dk.holbaek.experiments.query.programme;

import java.util.List;

/**
 * The municipality's local areas, in the order its own documents name them: the report shows reach per area and
 * names the areas where nothing took place. An activity's or experiment's area that is not among them is shown after
 * them as written.
 */
public record LocalAreas(List<String> names) {

    /** Holbæk Kommune's towns and local areas, the default until a municipality configures its own. */
    public static final LocalAreas HOLBAEK = new LocalAreas(List.of("Holbæk By", "Jyderup", "Mørkøv", "Svinninge",
            "Tølløse", "Vipperød", "Ugerløse", "Store Merløse", "Knabstrup", "Regstrup", "Havnsø", "Tuse Næs", "Orø"));

    public LocalAreas {
        names = names.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }
}
