package dk.holbaek.experiments.core.experiment.api;

/** Groups of participants, among them those that rarely attend evening citizens' meetings. */
public enum TargetGroup {
    FAMILIES_WITH_CHILDREN, YOUNG_PEOPLE, BUSINESS_OWNERS, NON_DANISH_BACKGROUND, SENIORS, ASSOCIATIONS, LOCAL_FORUMS, USER_BOARDS, OTHER_CITIZENS,
    /** The municipality's councils and boards (råd og nævn), which the mandate names among the stakeholders. */
    COUNCILS_AND_BOARDS
}
