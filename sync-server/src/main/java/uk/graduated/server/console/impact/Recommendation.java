package uk.graduated.server.console.impact;

/** What the impact rules suggest for an intervention, with the sentence and numbers behind it. */
public record Recommendation(Kind kind, String reason) {
    public enum Kind {
        KEEP("Keep", "tag-keep"),
        CHANGE("Change", "tag-change"),
        STOP("Stop", "tag-stop"),
        NOT_ENOUGH_DATA("Not enough data", "tag-plain");

        private final String label;
        private final String tagClass;

        Kind(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }
}
