package uk.graduated.server.console.reports;

import java.util.List;

/** What the reports say about themselves, the same on the page and in the PDF. */
public final class Notes {
    public static final String PRIVACY = "No pupil is named. To keep pupils from being recognised, any number of pupils "
            + "from 1 to 4 is shown as \"fewer than 5\", and so is a figure worked out from fewer than 5 pupils. A "
            + "number that would let a hidden one be worked out (from a total and the others) is \"not shown\".";

    public static final List<String> METHOD = List.of(
            "Terms: taken as 1 September to 31 December (autumn), 1 January to 31 March (spring) and 1 April to "
                    + "31 August (summer), so every term compares with the last whatever holiday dates fall in it.",
            "Pupils: on roll on the day (born by then, not left), with the SEN provision and needs that applied that day; "
                    + "N counts pupils with no SEN, including those whose SEN has ended.",
            "Interventions: from the sessions staff logged. Attendance is pupils present out of pupils on the session "
                    + "registers. Cost uses each intervention's hourly staff cost and its resources.",
            "EHC reviews: a review counts when the plan's last annual review date is updated to a day in the term; it is "
                    + "on time when that day is no later than 12 months (6 for a child under five) after the issue or the "
                    + "previous review.");

    private Notes() {
    }
}
