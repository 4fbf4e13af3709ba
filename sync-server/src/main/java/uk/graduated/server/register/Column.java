package uk.graduated.server.register;

/**
 * One column of a record table and the JSON member it holds.
 *
 * @param member the member's path in the record's JSON form: {@code "minutes"}, or
 *               {@code "schedule.days"} for a member of a nested object
 * @param name   the column
 * @param kind   how the value is kept
 */
record Column(String member, String name, Kind kind) {
    /** The member's top-level name: {@code "schedule"} for {@code "schedule.days"}. */
    String topLevelMember() {
        int dot = member.indexOf('.');
        return dot < 0 ? member : member.substring(0, dot);
    }

    boolean isNested() {
        return member.indexOf('.') >= 0;
    }

    /** The nested member's own name: {@code "days"} for {@code "schedule.days"}. */
    String nestedName() {
        return member.substring(member.indexOf('.') + 1);
    }

    /** {@code legalFirstName} becomes {@code legal_first_name}. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
