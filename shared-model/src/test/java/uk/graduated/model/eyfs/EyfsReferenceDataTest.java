package uk.graduated.model.eyfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EyfsReferenceDataTest {

    @Test
    void sevenAreas_theFirstThreePrime_namedAsInTheFramework() {
        assertThat(AreaOfLearning.values())
                .extracting(AreaOfLearning::displayName, AreaOfLearning::isPrime)
                .containsExactly(
                        tuple("Communication and Language", true),
                        tuple("Personal, Social and Emotional Development", true),
                        tuple("Physical Development", true),
                        tuple("Literacy", false),
                        tuple("Mathematics", false),
                        tuple("Understanding the World", false),
                        tuple("Expressive Arts and Design", false));
    }

    @Test
    void seventeenGoals_eachInItsArea_namedAsInTheFramework() {
        assertThat(EarlyLearningGoal.values())
                .extracting(EarlyLearningGoal::displayName, EarlyLearningGoal::area)
                .containsExactly(
                        tuple("Listening, Attention and Understanding", AreaOfLearning.COMMUNICATION_AND_LANGUAGE),
                        tuple("Speaking", AreaOfLearning.COMMUNICATION_AND_LANGUAGE),
                        tuple("Self-Regulation", AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL),
                        tuple("Managing Self", AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL),
                        tuple("Building Relationships", AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL),
                        tuple("Gross Motor Skills", AreaOfLearning.PHYSICAL_DEVELOPMENT),
                        tuple("Fine Motor Skills", AreaOfLearning.PHYSICAL_DEVELOPMENT),
                        tuple("Comprehension", AreaOfLearning.LITERACY),
                        tuple("Word Reading", AreaOfLearning.LITERACY),
                        tuple("Writing", AreaOfLearning.LITERACY),
                        tuple("Number", AreaOfLearning.MATHEMATICS),
                        tuple("Numerical Patterns", AreaOfLearning.MATHEMATICS),
                        tuple("Past and Present", AreaOfLearning.UNDERSTANDING_THE_WORLD),
                        tuple("People, Culture and Communities", AreaOfLearning.UNDERSTANDING_THE_WORLD),
                        tuple("The Natural World", AreaOfLearning.UNDERSTANDING_THE_WORLD),
                        tuple("Creating with Materials", AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN),
                        tuple("Being Imaginative and Expressive", AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN));
    }

    @Test
    void area_listsItsOwnGoalsInOrder() {
        assertThat(AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL.goals()).containsExactly(
                EarlyLearningGoal.SELF_REGULATION, EarlyLearningGoal.MANAGING_SELF,
                EarlyLearningGoal.BUILDING_RELATIONSHIPS);
        assertThat(Arrays.stream(AreaOfLearning.values()).mapToInt(a -> a.goals().size()).sum()).isEqualTo(17);
        assertThat(AreaOfLearning.values()).allMatch(area -> !area.goals().isEmpty());
    }

    @Test
    void developmentMattersBands_areTheThreeOfTheGuidance() {
        assertThat(DevelopmentMattersBand.values()).extracting(DevelopmentMattersBand::displayName)
                .containsExactly("Birth to three", "3 and 4-year-olds", "Children in reception");
    }

    @Test
    void characteristicsOfEffectiveLearning_areTheThreeOfTheFramework() {
        assertThat(CharacteristicOfEffectiveLearning.values())
                .extracting(CharacteristicOfEffectiveLearning::displayName)
                .containsExactly("Playing and exploring", "Active learning", "Creating and thinking critically");
    }

    @Test
    void codes_areUniqueLowercaseWireCodes_thatLookUpTheirOwnValue() {
        assertLookupRoundTrips(AreaOfLearning.values(), AreaOfLearning::code, AreaOfLearning::fromCode);
        assertLookupRoundTrips(EarlyLearningGoal.values(), EarlyLearningGoal::code, EarlyLearningGoal::fromCode);
        assertLookupRoundTrips(DevelopmentMattersBand.values(), DevelopmentMattersBand::code,
                DevelopmentMattersBand::fromCode);
        assertLookupRoundTrips(CharacteristicOfEffectiveLearning.values(), CharacteristicOfEffectiveLearning::code,
                CharacteristicOfEffectiveLearning::fromCode);
    }

    @Test
    void unknownOrMiscasedCodes_findNothing() {
        assertThat(AreaOfLearning.fromCode("LITERACY")).isEmpty();
        assertThat(AreaOfLearning.fromCode(null)).isEmpty();
        assertThat(EarlyLearningGoal.fromCode("reading")).isEmpty();
        assertThat(DevelopmentMattersBand.fromCode("")).isEmpty();
        assertThat(CharacteristicOfEffectiveLearning.fromCode("thinking")).isEmpty();
    }

    @Test
    void allowedCodes_listEveryCodeForErrorMessages() {
        assertThat(DevelopmentMattersBand.allowedCodes()).isEqualTo("birth_to_three, three_and_four, reception");
        assertThat(AreaOfLearning.allowedCodes().split(", ")).hasSize(7);
        assertThat(EarlyLearningGoal.allowedCodes().split(", ")).hasSize(17);
        assertThat(CharacteristicOfEffectiveLearning.allowedCodes().split(", ")).hasSize(3);
    }

    private static <E> void assertLookupRoundTrips(E[] values, Function<E, String> code,
                                                   Function<String, Optional<E>> lookup) {
        assertThat(values).extracting(code).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z_]+"));
        for (E value : values) {
            assertThat(lookup.apply(code.apply(value))).contains(value);
        }
    }
}
