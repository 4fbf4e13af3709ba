package uk.graduated.server.demo;

import java.util.List;
import java.util.Map;
import uk.graduated.model.sen.BroadArea;

/** What staff write, in their words: targets, strategies, session notes, observations. */
final class DemoTexts {
    static final Map<BroadArea, List<String[]>> TARGETS = Map.of(
            BroadArea.COGNITION_AND_LEARNING, List.of(
                    new String[] {"Read the first 100 high-frequency words on sight", "Words read correctly from the HFW list", "42 words", "100 words"},
                    new String[] {"Blend CVC words to read them independently", "CVC words blended from a set of 20", "8 of 20", "18 of 20"},
                    new String[] {"Recall number bonds to 10 quickly", "Bonds recalled in one minute", "4", "10"},
                    new String[] {"Write a sentence with a capital letter and full stop", "Sentences correctly punctuated in a week's writing", "1 in 5", "4 in 5"}),
            BroadArea.COMMUNICATION_AND_INTERACTION, List.of(
                    new String[] {"Take turns in a small-group game without adult prompting", "Turns taken without a prompt in a 10-minute game", "1", "5"},
                    new String[] {"Use 'because' to explain in a sentence", "Explanations with 'because' in a session", "0", "3"},
                    new String[] {"Produce the /s/ sound at the start of words", "Correct /s/ in a 20-word probe", "6 of 20", "16 of 20"},
                    new String[] {"Ask an adult for help using a visual card", "Times help is asked for with the card in a day", "0", "3"}),
            BroadArea.SEMH, List.of(
                    new String[] {"Name the zone they are in and one strategy to use", "Check-ins where the zone and a strategy are named", "2 of 10", "8 of 10"},
                    new String[] {"Return to class within 5 minutes after a break-out", "Break-outs with a return within 5 minutes", "30%", "80%"},
                    new String[] {"Join a playground game with a peer at lunchtime", "Lunchtimes with a shared game in a week", "1", "4"}),
            BroadArea.SENSORY_AND_PHYSICAL, List.of(
                    new String[] {"Use scissors to cut along a curved line", "Accuracy of cutting on a 10 cm curve", "within 2 cm", "within 0.5 cm"},
                    new String[] {"Form all lower-case letters correctly", "Letters formed correctly from 26", "14", "24"},
                    new String[] {"Use a sloped board and pencil grip without reminders", "Lessons with no reminder in a week", "1 of 5", "5 of 5"}));

    static final Map<BroadArea, List<String>> STRATEGIES = Map.of(
            BroadArea.COGNITION_AND_LEARNING, List.of(
                    "Pre-teach key vocabulary before each topic lesson",
                    "Use a number line and concrete resources for all calculation",
                    "Give instructions in short chunks and check understanding",
                    "Coloured overlay for reading; larger font worksheets"),
            BroadArea.COMMUNICATION_AND_INTERACTION, List.of(
                    "Visual timetable on the desk; warn of changes in advance",
                    "Give 10 seconds of thinking time before expecting an answer",
                    "Model the correct sound back without asking for repetition",
                    "Sit near the front, away from the door and the interactive board fan"),
            BroadArea.SEMH, List.of(
                    "Meet and greet at the door with a named adult each morning",
                    "Agreed calm space and a 'time out' card without questions",
                    "Praise specifically and privately",
                    "Check in with the zones chart after lunch"),
            BroadArea.SENSORY_AND_PHYSICAL, List.of(
                    "Sloped writing board and a triangular pencil grip",
                    "Movement break every 20 minutes",
                    "Allow extra time for getting changed for PE",
                    "Seat with the better ear towards the teacher"));

    static final List<String> SESSION_NOTES = List.of(
            "Good focus today; needed one reminder to stay on task.",
            "Worked well with a partner. Beginning to self-correct.",
            "Tired after PE, shorter attention than usual.",
            "Used the visual prompt card independently for the first time.",
            "Found the new set of words hard; revisit next session.",
            "Really pleased with progress - shared the work with class teacher.",
            "Group settled quickly. Finished the activity with time to spare.",
            "Some unsettled behaviour at the start, calmed with the zones check-in.",
            "");

    static final List<String> CONCERNS = List.of(
            "Mentioned not having had breakfast again this week - passing to SENCO.",
            "Very withdrawn today and would not say why; class teacher informed.",
            "Complained of ear pain and was struggling to hear; please follow up with parents.");

    /** Early-years observations: text, then the areas and goals it shows. */
    static final List<String[]> OBSERVATIONS = List.of(
            new String[] {"Built a tall tower with the wooden blocks and counted the blocks to 7 with one-to-one correspondence.", "MATHEMATICS", "NUMBER"},
            new String[] {"Took turns on the bikes with a friend, saying 'your turn now' without an adult.", "PERSONAL_SOCIAL_AND_EMOTIONAL", "BUILDING_RELATIONSHIPS"},
            new String[] {"Retold the story of the Gruffalo using the puppets, with 'and then' to link events.", "COMMUNICATION_AND_LANGUAGE", "SPEAKING"},
            new String[] {"Used the tweezers to move pom-poms into the egg box, concentrating for ten minutes.", "PHYSICAL_DEVELOPMENT", "FINE_MOTOR_SKILLS"},
            new String[] {"Noticed the ice in the tuff tray melting and said 'it's turning to water because it's warm'.", "UNDERSTANDING_THE_WORLD", "THE_NATURAL_WORLD"},
            new String[] {"Mixed red and yellow paint and announced 'I made orange!' then painted a sun.", "EXPRESSIVE_ARTS_AND_DESIGN", "CREATING_WITH_MATERIALS"},
            new String[] {"Made marks on the chalkboard and said it was their name; the first letter was recognisable.", "LITERACY", "WRITING"},
            new String[] {"Listened to the whole story at carpet time and answered 'why was the bear sad?'.", "COMMUNICATION_AND_LANGUAGE", "LISTENING_ATTENTION_AND_UNDERSTANDING"},
            new String[] {"Put on their own coat using the flip method and zipped it with a little help.", "PERSONAL_SOCIAL_AND_EMOTIONAL", "MANAGING_SELF"},
            new String[] {"Climbed the A-frame and jumped off with two feet together, landing safely.", "PHYSICAL_DEVELOPMENT", "GROSS_MOTOR_SKILLS"},
            new String[] {"Played shops with friends, using the coins and saying 'that's 3 pounds please'.", "MATHEMATICS", "NUMBER"},
            new String[] {"Became upset when the sand timer ended and was helped to calm with deep breaths.", "PERSONAL_SOCIAL_AND_EMOTIONAL", "SELF_REGULATION"});

    static final List<String> NEXT_STEPS = List.of(
            "Encourage counting objects that cannot be moved.",
            "Model the language of turn-taking in small-world play.",
            "Offer more story props for retelling.",
            "Provide threading and play-dough activities.",
            "",
            "Share this with parents at pick-up.");

    private DemoTexts() {
    }
}
