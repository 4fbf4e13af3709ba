package uk.graduated.server.demo;

import java.util.List;
import java.util.Random;

/** Invented names, mixed as in an English primary school; combinations are random, not real people. */
final class DemoNames {
    static final List<String> FIRST = List.of(
            "Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Freya", "Arthur", "Zara", "Muhammad",
            "Maya", "George", "Aisha", "Theo", "Ivy", "Oscar", "Layla", "Jack", "Sofia", "Harry",
            "Ruby", "Alfie", "Evie", "Finley", "Grace", "Rohan", "Lily", "Kai", "Hana", "Ethan",
            "Chloe", "Yusuf", "Mia", "Samuel", "Poppy", "Reuben", "Ellie", "Tomasz", "Nia", "Jude",
            "Amara", "Dylan", "Priya", "Louis", "Willow", "Kofi", "Emily", "Ibrahim", "Rosa", "Max");
    static final List<String> LAST = List.of(
            "Ashdown", "Blackwood", "Carraway", "Dunmore", "Ellery", "Fairbairn", "Greaves", "Hollins",
            "Ibbotson", "Jessop", "Kershaw", "Lindqvist", "Marwood", "Nettleton", "Okonjo", "Pemberton",
            "Quaile", "Rushworth", "Sandoval", "Thackeray", "Umberton", "Varley", "Whitlock", "Yardley",
            "Adebayo", "Brannigan", "Castellano", "Dewhurst", "Eastwood", "Farooqui", "Goldthorpe",
            "Hargreave", "Iqbal-Shaw", "Kowalczyk", "Liddell", "Mbeki-Rowe", "Nakamura-Hill", "Ormerod",
            "Pritchard", "Ravenscroft", "Szymanska", "Tregarth", "Underhill", "Wainwright", "Zielinski");

    private DemoNames() {
    }

    static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
